-- When the follow-up's proposal was made: a "next CCE" proposal waits for the next CCE after that day.
alter table follow_up add column proposed_at date;
