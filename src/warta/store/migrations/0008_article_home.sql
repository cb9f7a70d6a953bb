-- 0008: the outlet's home country of an article (helper CA, session 23): the ISO 3166-1 alpha-3 code given by
-- `warta ingest --home IDN` or a record's "home", NULL where none was given; the extractor takes it as the last
-- country of a bare police or court ("polisi", "the court") in an article that names no state and no place.
ALTER TABLE articles ADD COLUMN home TEXT;
