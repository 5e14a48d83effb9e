-- The school decides each field of a change request (申请异动) on its own: it accepts the 生源地
-- correction and rejects the 民族 one, say, each with its own reason (required for a rejection).
-- At least one accepted field approves the request and corrects the registry with those fields
-- only; all rejected rejects it. Existing rows keep null: undecided, or decided as a whole before
-- per-field decisions existed.
alter table amendment_field
    add column outcome        varchar(16) check (outcome in ('ACCEPTED', 'REJECTED')),
    add column outcome_reason varchar(500),
    add constraint amendment_field_rejection_has_reason
        check (outcome is distinct from 'REJECTED' or outcome_reason is not null);

-- a rejection's reasons may now be the fields' own, with no comment on the request as a whole
alter table amendment_request drop constraint amendment_rejection_has_comment;
alter table amendment_revision alter column decision_comment drop not null;
