-- When the follow-up's proposal was made: a "next CCE" proposal waits for the next CCE after that day.
alter table follow_up add column proposed_at date;
-- A candidate's birth date (optional), and whether another structure already followed a person of the
-- same name and birth date or email when they were registered (shown to the coordinators, never whom).
alter table candidate add column birth_date date;
alter table candidate add column possible_duplicate boolean default false not null;
