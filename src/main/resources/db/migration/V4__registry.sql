-- The provincial student-status registry (省级学籍库) as imported, its change history, and
-- the import jobs with their per-row reports.

create table registry_record (
    id                  bigint generated always as identity primary key,
    graduation_year     int          not null check (graduation_year between 2000 and 2100),
    id_card             char(18)     not null,
    name                varchar(50)  not null,
    student_no          varchar(32)  not null,
    education_code      varchar(2)   not null,
    college_name        varchar(100) not null,
    graduation_date     date         not null,
    examinee_no         varchar(14),
    gender_code         varchar(1),
    ethnic_code         varchar(2),
    political_code      varchar(2),
    major_code          varchar(6),
    major_name          varchar(100),
    training_mode_code  varchar(1),
    sponsor_unit        varchar(200),
    origin_place_code   varchar(6),
    schooling_length    numeric(3, 1),
    enrolment_date      date,
    class_name          varchar(100),
    birth_date          date,
    normal_student_code varchar(2),
    difficulty_code     varchar(1),
    urban_rural_code    varchar(1),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    constraint registry_record_id_card_per_year unique (graduation_year, id_card),
    constraint registry_record_student_no_per_year unique (graduation_year, student_no)
);

create table registry_import (
    id              uuid primary key,
    graduation_year int          not null,
    file_name       varchar(255) not null,
    status          varchar(16)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total           int          not null default 0,
    processed       int          not null default 0,
    inserted        int          not null default 0,
    updated         int          not null default 0,
    unchanged       int          not null default 0,
    rejected        int          not null default 0,
    failure_reason  varchar(500),
    started_by      varchar(64)  not null,
    started_at      timestamptz  not null default now(),
    finished_at     timestamptz
);

create table registry_import_error (
    id          bigint generated always as identity primary key,
    import_id   uuid         not null references registry_import (id) on delete cascade,
    row_no      int          not null,
    column_name varchar(32),
    value       varchar(200),
    reason      varchar(300) not null
);
create index registry_import_error_import_idx on registry_import_error (import_id, row_no);

-- previous values of a record each time an import or an approved change request alters it
create table registry_record_history (
    id           bigint generated always as identity primary key,
    record_id    bigint      not null references registry_record (id) on delete cascade,
    changed_at   timestamptz not null default now(),
    import_id    uuid references registry_import (id),
    amendment_id bigint,
    old_values   jsonb       not null
);
create index registry_record_history_record_idx on registry_record_history (record_id);
