-- Schema 7: meetings by when they were held, with what a report counts them by.
-- The programme report counts a range's meetings by the investor's sector. Through the starts_at
-- index alone, each of the 770,000 meetings of 2015-2026 at scale 100,000 was a random read of the
-- meeting table: 20 s. This index holds the investor and the zone as well, so the count reads the
-- index alone (about 1 s, grouped by investor before the sectors are looked up).
CREATE INDEX meeting_held ON meeting(starts_at, investor_id, time_zone) WHERE deleted_at IS NULL;
