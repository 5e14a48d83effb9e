-- Requests to remind the students of a chase list (催办): who asked, when, for which list, and the
-- students it resolved to at that moment (within the sender's scope). The notification module
-- delivers them from the RemindersRequested event raised in the same transaction; batch_key names the
-- batch there. The same form sent twice (a double click, a retry) carries the same request_token and
-- is one request: the unique constraint, not a check before the insert, makes sure of it.
create table chase_reminder_request (
    id                  bigint generated always as identity primary key,
    batch_key           varchar(36)  not null unique,
    request_token       varchar(64)  not null,
    requested_by        bigint       not null references account (id),
    requested_by_name   varchar(64)  not null,
    requested_at        timestamptz  not null default now(),
    -- the list: 届, and optionally college, 专业代码, 班级 and state (null: every student)
    graduation_year     int          not null,
    college_id          bigint,
    major_code          varchar(8),
    class_name          varchar(100),
    state               varchar(24),
    description         varchar(300) not null,
    student_count       int          not null check (student_count > 0),
    student_account_ids bigint[]     not null,
    constraint chase_reminder_request_token_per_sender unique (requested_by, request_token)
);
-- the requests a chase list page shows: its 届's, the latest first
create index chase_reminder_request_year_idx on chase_reminder_request (graduation_year, requested_at desc);
