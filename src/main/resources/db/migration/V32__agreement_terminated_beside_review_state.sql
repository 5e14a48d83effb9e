-- The two-level review's states are the review module's (ReviewState); an agreement a breach ended
-- is an approved one with its termination date, no longer a state of its own.
alter table agreement_application drop constraint agreement_terminated_dated;
alter table agreement_application drop constraint agreement_application_status_check;
drop index agreement_one_active_idx;
update agreement_application set status = 'APPROVED' where status = 'TERMINATED';
alter table agreement_application add constraint agreement_application_status_check
    check (status in ('DRAFT', 'SUBMITTED', 'COLLEGE_APPROVED', 'APPROVED', 'REJECTED'));
alter table agreement_application add constraint agreement_terminated_approved
    check (terminated_at is null or status = 'APPROVED');
-- one active agreement per graduate; terminated ones stay as history
create unique index agreement_one_active_idx on agreement_application (account_id) where terminated_at is null;
