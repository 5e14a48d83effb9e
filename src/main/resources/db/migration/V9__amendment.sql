-- Change requests (申请异动): a student claims that the registry is wrong on key fields that the
-- verification form marks 不匹配, backs each claim with evidence, and the school decides. An
-- approved request corrects the registry record (its history keeps the request's id).

create table amendment_request (
    id                 bigint generated always as identity primary key,
    account_id         bigint      not null references account (id),
    application_id     bigint      not null references verification_application (id),
    registry_record_id bigint      not null references registry_record (id),
    status             varchar(16) not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    -- 1 for the first submission, +1 after each rejection; earlier ones live in amendment_revision
    revision           int         not null default 1 check (revision >= 1),
    decision_comment   varchar(500),
    decided_by         varchar(64),
    submitted_at       timestamptz,
    decided_at         timestamptz,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            bigint      not null default 0,
    constraint amendment_rejection_has_comment check (status <> 'REJECTED' or decision_comment is not null),
    constraint amendment_decided_has_time check (status not in ('APPROVED', 'REJECTED') or decided_at is not null),
    constraint amendment_submitted_has_time check (status = 'DRAFT' or submitted_at is not null)
);
-- one open request per student: a new one only once the last was approved
create unique index amendment_request_one_open_idx on amendment_request (account_id)
    where status in ('DRAFT', 'SUBMITTED', 'REJECTED');
create index amendment_request_queue_idx on amendment_request (status, submitted_at);

create table amendment_field (
    id             bigint generated always as identity primary key,
    request_id     bigint       not null references amendment_request (id) on delete cascade,
    -- a verification KeyField name
    field          varchar(32)  not null check (field ~ '^[A-Z_]+$'),
    -- the registry's value when claimed (null: the registry was blank), in the national format
    registry_value varchar(200),
    claimed_value  varchar(200) not null,
    constraint amendment_field_once_per_request unique (request_id, field)
);

create table amendment_field_evidence (
    field_id    bigint not null references amendment_field (id) on delete cascade,
    evidence_id bigint not null references evidence_file (id),
    primary key (field_id, evidence_id)
);
create index amendment_field_evidence_evidence_idx on amendment_field_evidence (evidence_id);

-- each rejected version as the school saw it, with the decision on it
create table amendment_revision (
    id               bigint generated always as identity primary key,
    request_id       bigint       not null references amendment_request (id) on delete cascade,
    revision         int          not null,
    snapshot         jsonb        not null,
    decision_comment varchar(500) not null,
    decided_by       varchar(64)  not null,
    submitted_at     timestamptz  not null,
    decided_at       timestamptz  not null,
    constraint amendment_revision_once unique (request_id, revision)
);
