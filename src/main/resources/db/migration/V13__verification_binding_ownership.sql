-- Binding belongs to the account. Before this version a student could bind their application to
-- another graduate's registry record by typing that graduate's 姓名 and 身份证号. Such bindings are
-- kept here for an administrator to release; the owner reporting their record as held adds to it too.
create table suspect_binding (
    id                 bigint generated always as identity primary key,
    application_id     bigint       not null references verification_application (id),
    registry_record_id bigint       not null,
    -- the 学号 of the record held, a copy taken when found: the application keeps its account's 学号
    record_student_no  varchar(32)  not null,
    detected_at        timestamptz  not null default now(),
    released_at        timestamptz,
    released_by        varchar(64),
    release_reason     varchar(200),
    constraint released_with_reason check (released_at is null
        or (released_by is not null and length(trim(release_reason)) > 0))
);
-- one open case per application; released ones stay as history
create unique index suspect_binding_open_idx on suspect_binding (application_id) where released_at is null;

-- Which applications hold a record of another 学号 can only be told with the registry's 学号, which
-- this module reads through the registry's API: the check runs once, at the first start after this
-- migration, and marks itself done here (see SuspectBindingScan).
create table suspect_binding_scan (
    id           int primary key check (id = 1),
    completed_at timestamptz
);
insert into suspect_binding_scan (id) values (1);
