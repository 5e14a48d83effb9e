-- The review module's own view of every reviewable item (实名认证, 协议, 违约), kept current by the
-- kinds' ReviewItemChanged events in the transaction of each change: the queues, counts, filters,
-- batch eligibility and the all-kinds queue are SQL on these tables, paged by the database.
create table review_item (
    kind                    varchar(24) not null,
    item_id                 bigint      not null,
    account_id              bigint      not null,
    graduation_year         int         not null,
    college_id              bigint,
    state                   varchar(20) not null
        check (state in ('DRAFT', 'SUBMITTED', 'COLLEGE_APPROVED', 'APPROVED', 'REJECTED')),
    -- the kind's own name where it has one beyond the state (TERMINATED), else the state
    status                  varchar(20) not null,
    bound                   boolean     not null,
    mismatch_count          int         not null default 0,
    not_compared_count      int         not null default 0,
    changed_count           int         not null default 0,
    -- the form fields the student changed since the last rejection, as the form names them
    changed_since_rejection text[]      not null default '{}',
    submitted_at            timestamptz,
    version                 bigint      not null,
    updated_at              timestamptz not null default now(),
    primary key (kind, item_id)
);
create index review_item_queue_idx on review_item (state, graduation_year, college_id, submitted_at, kind, item_id);
create index review_item_account_idx on review_item (account_id);

-- Who each student is as their 实名认证 form says (the 身份证号 only masked), for every kind's queue.
create table review_applicant (
    account_id     bigint primary key,
    student_no     varchar(32) not null,
    name           varchar(200),
    masked_id_card varchar(200),
    college_name   varchar(200),
    major_code     varchar(200),
    major_name     varchar(200),
    class_name     varchar(200)
);
create index review_applicant_student_no_idx on review_applicant (student_no);

-- The form as it stood when a reviewer rejected it (names and values alike ordered as the form), so the
-- queue can say what the student changed before submitting again.
alter table review_decision add column form_field_names text[];
alter table review_decision add column form_field_values text[];
