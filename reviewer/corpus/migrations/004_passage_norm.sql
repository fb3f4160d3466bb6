-- Schema 4: each indexed passage keeps its normalised text (names masked with the names known
-- from its own report) and its signature numbers, so verifying a candidate needs no
-- re-normalisation. Rows indexed before schema 4 have NULLs and are normalised when read.
ALTER TABLE passages ADD COLUMN norm TEXT;
ALTER TABLE passages ADD COLUMN nums TEXT;  -- signature numbers, space-separated
