-- dyad store, schema version 7: an event's date as the ISO days it covers.
-- date_value keeps the TimeML value as the text gave it (2018-FA, 2023-W36, PRESENT_REF);
-- date_start and date_end are the first and last day that value covers (2018-09-23, 2018-12-20),
-- NULL when it names no calendar interval. Filters on dates match this interval. Events stored
-- before this version get the interval of a day, a month or a year here; the other kinds (weeks,
-- seasons, decades, ...) are filled in when their articles are ingested into a fresh store.
ALTER TABLE events ADD COLUMN date_start DATE;
ALTER TABLE events ADD COLUMN date_end DATE;
UPDATE events SET
    date_start = CASE
        WHEN regexp_matches(date_value, '^\d{4}-\d\d-\d\d') THEN TRY_CAST(substr(date_value, 1, 10) AS DATE)
        WHEN regexp_matches(date_value, '^\d{4}-\d\d$') THEN TRY_CAST(date_value || '-01' AS DATE)
        WHEN regexp_matches(date_value, '^\d{4}$') THEN TRY_CAST(date_value || '-01-01' AS DATE)
    END,
    date_end = CASE
        WHEN regexp_matches(date_value, '^\d{4}-\d\d-\d\d') THEN TRY_CAST(substr(date_value, 1, 10) AS DATE)
        WHEN regexp_matches(date_value, '^\d{4}-\d\d$') THEN last_day(TRY_CAST(date_value || '-01' AS DATE))
        WHEN regexp_matches(date_value, '^\d{4}$') THEN TRY_CAST(date_value || '-12-31' AS DATE)
    END
WHERE date_value IS NOT NULL;
