-- A test send of a template from the editor (POST /v1/email/templates/{slug}/test) without an SMTP
-- server lands in the outbox like any email, but no journey, step or (for the sample profile) user
-- sent it: those columns are empty for it. The run-time's own emails always fill them.
ALTER TABLE email_outbox ALTER COLUMN journey_id DROP NOT NULL;
ALTER TABLE email_outbox ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE email_outbox ALTER COLUMN node DROP NOT NULL;
