-- The outbox retries with growing delays for days (docs/adr/0003): when a mail is next tried, and since
-- when it has been tried (its queuing, or the coordination's "renvoyer").
alter table mail_outbox add column next_attempt_at timestamp with time zone;
alter table mail_outbox add column retry_since timestamp with time zone;
