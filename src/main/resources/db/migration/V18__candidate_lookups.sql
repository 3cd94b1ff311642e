-- A candidate's referrals, follow-ups and CCE invitations are looked up by the candidate: a hire withdraws the
-- candidate's other referrals, a new follow-up checks the open ones, and the timeline, the export and the erasure
-- read them all. PostgreSQL does not index a foreign key by itself, so each such lookup read the whole table
-- (measured: every confirmed hire read every referral, docs/adr/0009).
create index ix_referral_candidate on referral (candidate_id);
create index ix_follow_up_candidate on follow_up (candidate_id);
create index ix_cce_invitation_candidate on cce_invitation (candidate_id);
