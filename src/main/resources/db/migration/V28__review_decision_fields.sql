-- The form fields a reviewer pointed at when rejecting (names as the form calls them, in the form's
-- order), so the student sees which ones to change. Only a rejection points at fields.
alter table review_decision add column fields text[] not null default '{}';
alter table review_decision add constraint only_rejection_points_at_fields
    check (decision = 'REJECT' or cardinality(fields) = 0);
