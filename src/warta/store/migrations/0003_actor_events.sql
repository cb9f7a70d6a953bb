-- 0003: per-actor event counts kept at ingest (warta actors ranked without scanning events),
-- and indexes for queries on one full actor code (--actor PRKGOV, --source USAGOV).
ALTER TABLE actors ADD COLUMN n_events INTEGER NOT NULL DEFAULT 0;
CREATE INDEX events_source_date ON events(source_id, date);
CREATE INDEX events_target_date ON events(target_id, date);
UPDATE actors SET n_events = (SELECT count(*) FROM events WHERE source_id = actors.id)
                           + (SELECT count(*) FROM events WHERE target_id = actors.id);
