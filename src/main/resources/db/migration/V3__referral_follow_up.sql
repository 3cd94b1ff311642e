alter table referral add column submission_comment varchar(1000);
alter table referral add column interview_date date;
alter table referral add column employer_reminders integer default 0 not null;
alter table referral add column in_pool boolean default false not null;
