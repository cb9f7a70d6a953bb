-- 0006: every event keeps its date's precision (day, week, month, year) and the last day that
-- date allows (issue 12).  Before, "this year" was stored as its first day and counted in
-- January, and a cluster of a month report and a day report kept the month.
--   date            first day of the event's `when` (as before: the sort and filter key)
--   date_end        last day of it (date for a day; Sunday of a week; end of month or year)
--   date_precision  day | week | month | year; NULL when undated.  An event with no `when` of
--                   its own is dated by its article's publication day (precision day).
ALTER TABLE events ADD COLUMN date_end TEXT;
ALTER TABLE events ADD COLUMN date_precision TEXT;

-- the most precise date any mention gives (a day beats a week, a month, a year)
UPDATE events SET when_text = (
    SELECT m.when_text FROM mentions m WHERE m.event_id = events.id AND m.when_text IS NOT NULL
    ORDER BY CASE WHEN length(m.when_text) = 10 THEN 0 WHEN length(m.when_text) = 8 THEN 1
                  WHEN length(m.when_text) = 7 THEN 2 ELSE 3 END, m.id LIMIT 1)
WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id AND m.when_text IS NOT NULL);
UPDATE events SET date = (
    SELECT m.date_lo FROM mentions m WHERE m.event_id = events.id AND m.when_text = events.when_text
    ORDER BY m.id LIMIT 1)
WHERE when_text IS NOT NULL;

UPDATE events SET date_precision = CASE
    WHEN date IS NULL THEN NULL
    WHEN when_text IS NULL THEN 'day'
    WHEN length(when_text) = 4 THEN 'year'
    WHEN length(when_text) = 7 THEN 'month'
    WHEN length(when_text) = 8 THEN 'week'
    ELSE 'day' END;
UPDATE events SET date_end = CASE date_precision
    WHEN 'year' THEN substr(date, 1, 4) || '-12-31'
    WHEN 'month' THEN date(date, 'start of month', '+1 month', '-1 day')
    WHEN 'week' THEN date(date, '+6 days')
    ELSE date END;
CREATE INDEX events_date_end ON events(date_end);

-- the month aggregate: a year-only event counts in its year ('2024'), not in January
DELETE FROM edge_month;
INSERT INTO edge_month (month, source_id, target_id, source_country, target_country, type, quad,
                        n_events, n_mentions, n_asserted, n_denied, goldstein_sum)
SELECT CASE WHEN date IS NULL THEN '' WHEN date_precision = 'year' THEN substr(date, 1, 4)
            ELSE substr(date, 1, 7) END,
       source_id, coalesce(target_id, 0), source_country, target_country,
       type, min(quad), count(*), sum(n_mentions), sum(n_asserting > 0), sum(n_denying > 0),
       coalesce(sum(goldstein), 0)
FROM events
GROUP BY 1, 2, 3, 6;
