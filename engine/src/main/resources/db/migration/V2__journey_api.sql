-- The journey API's own bookkeeping, added to V1's tables.

-- The entry node that create made, while it is still untouched (action none, not terminal, never
-- updated): adding a node of that name fills it in instead of failing. NULL once it is touched.
ALTER TABLE journeys ADD COLUMN placeholder_node VARCHAR(64);

-- The ETag of a replayed response (journey responses carry one).
ALTER TABLE idempotency_keys ADD COLUMN etag VARCHAR(40);
