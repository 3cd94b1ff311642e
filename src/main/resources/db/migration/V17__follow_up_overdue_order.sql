-- Late follow-ups are listed most escalated first, then the longest without contact: that order is kept on
-- the row (the application sets it with each change) and indexed, so that a page of them is read from the
-- index instead of sorting every late follow-up (docs/adr/0009).
alter table follow_up add column overdue_rank integer;
alter table follow_up add column waiting_since date;
update follow_up set waiting_since = coalesce(last_contact_at, event_date),
  overdue_rank = case when status = 'CLOSED' then null
    when escalation_level = 'COORDINATORS' then 0 when escalation_level = 'HEAD' then 1
    when escalation_level = 'REMINDER' then 2 end;
alter table follow_up alter column waiting_since set not null;
create index ix_follow_up_overdue on follow_up (overdue_rank, waiting_since, id);
