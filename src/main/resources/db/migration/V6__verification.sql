-- Real-name verification (实名认证): one application per student account, its form, and the
-- binding to a registry record.

create table verification_application (
    id                    bigint generated always as identity primary key,
    account_id            bigint      not null unique references account (id),
    -- null while unbound: the student filled the form by hand
    registry_record_id    bigint      unique references registry_record (id),
    graduation_year       int         not null,
    college_id            bigint      references college (id),
    status                varchar(20) not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'COLLEGE_APPROVED', 'APPROVED', 'REJECTED')),
    -- 身份信息
    name                  varchar(50),
    gender_code           varchar(1),
    ethnic_code           varchar(2),
    id_card               varchar(18),
    birth_date            date,
    political_code        varchar(2),
    -- 学籍信息
    examinee_no           varchar(14),
    student_no            varchar(32) not null,
    college_name          varchar(100),
    major_code            varchar(6),
    major_name            varchar(100),
    education_code        varchar(2),
    schooling_length      numeric(3, 1),
    training_mode_code    varchar(1),
    sponsor_unit          varchar(200),
    enrolment_date        date,
    graduation_date       date,
    origin_place_code     varchar(6),
    urban_rural_code      varchar(1),
    normal_student_code   varchar(2),
    difficulty_code       varchar(1),
    class_name            varchar(100),
    -- 档案信息
    archive_unit          varchar(100),
    police_station        varchar(100),
    hukou_transferred     boolean,
    archive_transferred   boolean,
    -- 联系方式
    mobile                varchar(11),
    home_phone            varchar(20),
    home_division_code    varchar(9),
    home_address_detail   varchar(100),
    postcode              varchar(6),
    email                 varchar(100),
    -- 户籍证明 backing a 生源地 that differs from the registry
    origin_evidence_id    bigint,
    -- kept in step with the form so review queues can filter without recomputing
    mismatch_count        int         not null default 0,
    not_compared_count    int         not null default 0,
    registry_changed      boolean     not null default false,
    submitted_at          timestamptz,
    decided_at            timestamptz,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               bigint      not null default 0
);
create index verification_application_queue_idx on verification_application (status, college_id);

-- every binding attempt, to throttle guessing of other people's identity data
create table binding_attempt (
    id           bigint generated always as identity primary key,
    account_id   bigint      not null references account (id),
    succeeded    boolean     not null,
    attempted_at timestamptz not null default now()
);
create index binding_attempt_account_idx on binding_attempt (account_id, attempted_at);
