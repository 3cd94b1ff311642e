-- A drive's closing report (Markdown, with its funnel per structure) kept as a record once the drive closed.
alter table recruitment_drive add column closing_report varchar(20000);
