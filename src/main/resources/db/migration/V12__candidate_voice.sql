-- The candidate's own voice: whether they agreed to be contacted by the application (emails asking
-- whether their referent called), and which escalations they raised themselves.
alter table candidate add column contact_consent_at timestamp with time zone;
alter table follow_up_escalation add column raised_by_candidate boolean default false not null;
