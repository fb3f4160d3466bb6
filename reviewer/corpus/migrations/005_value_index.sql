-- Schema 5: the value index covers the report id, so "which reports share these values" is
-- answered from the index alone; full rows are read only for reports sharing enough values
-- to form a FAB.DATA_REUSE group.
CREATE INDEX report_values_value_report ON report_values(value, report_id);
DROP INDEX report_values_value;
