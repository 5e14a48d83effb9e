-- A change request is closed (已关闭), with neither approval nor rejection, when its application
-- stops being bound to the request's registry record (an administrator released a binding to
-- another graduate's record, or the student bound elsewhere): nobody may decide on it any more.
alter table amendment_request drop constraint amendment_request_status_check;
alter table amendment_request add constraint amendment_request_status_check
    check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CLOSED'));

-- a draft may be closed before it was ever submitted
alter table amendment_request drop constraint amendment_submitted_has_time;
alter table amendment_request add constraint amendment_submitted_has_time
    check (status in ('DRAFT', 'CLOSED') or submitted_at is not null);

alter table amendment_request
    add column closure_reason varchar(32) check (closure_reason in ('BINDING_RELEASED', 'BINDING_CHANGED')),
    add column closed_at      timestamptz,
    add constraint amendment_closed_has_reason
        check ((status = 'CLOSED') = (closure_reason is not null and closed_at is not null));
