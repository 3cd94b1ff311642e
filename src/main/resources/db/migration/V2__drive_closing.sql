alter table recruitment_drive add column closing_reason varchar(30);
