-- the PCPE brings in its network: a structure may carry a SIRET and be deactivated; the people of
-- structures and employers, invited by email to choose their password
alter table partner_structure add column siret varchar(14);
alter table partner_structure add column active boolean default true not null;

create table network_person (
  user_id varchar(64) primary key,
  organization_kind varchar(20) not null,
  organization_id bigint not null,
  role varchar(20) not null,
  active boolean not null,
  invited_at timestamp with time zone not null,
  last_login_at timestamp with time zone
);
create index ix_network_person_organization on network_person (organization_kind, organization_id);
