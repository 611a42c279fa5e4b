-- H2 hands out identity values from a cache and, each time the cache runs out, commits the
-- sequence's new high mark through its system session: with WRITE_DELAY=0 that is one more full
-- store commit. At H2's default cache of 32, a batch of 100 events (a timer and an email each)
-- paid for four extra commits. A larger cache makes that rare; after a crash H2 starts from the
-- last high mark, so values are skipped, never reused. PostgreSQL keeps its default of 1: its
-- sequences are cheap, and a cache there is per connection, which would hand out ids out of order.
ALTER TABLE journey_timers ALTER COLUMN id SET CACHE ${identityCache};
ALTER TABLE queued_actions ALTER COLUMN id SET CACHE ${identityCache};
ALTER TABLE email_outbox ALTER COLUMN id SET CACHE ${identityCache};
