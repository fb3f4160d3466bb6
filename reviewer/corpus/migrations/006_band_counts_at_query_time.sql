-- Schema 6: whether an LSH band key is template wording (held by more than reuse_band_df_cap
-- passages) is counted from passage_bands when a report is compared, with a bounded scan of the
-- key's contiguous rows. Keeping a per-key counter cost half of every ingest's page writes.
DROP TRIGGER reports_drop_index;
CREATE TRIGGER reports_drop_index AFTER DELETE ON reports BEGIN
    DELETE FROM passage_bands WHERE pid IN (SELECT id FROM passages WHERE report_id = OLD.id);
    DELETE FROM passages WHERE report_id = OLD.id;
    UPDATE value_df SET n = n - 1 WHERE value IN (SELECT DISTINCT value FROM report_values WHERE report_id = OLD.id);
    DELETE FROM report_values WHERE report_id = OLD.id;
    DELETE FROM report_digits WHERE report_id = OLD.id;
END;
DROP TABLE band_df;
