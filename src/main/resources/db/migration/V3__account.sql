-- Accounts of students, reviewers and administrators, and API bearer tokens.

create table account (
    id                       bigint generated always as identity primary key,
    username                 varchar(64)  not null unique,
    display_name             varchar(100) not null,
    role                     varchar(24)  not null
        check (role in ('STUDENT', 'COLLEGE_REVIEWER', 'SCHOOL_REVIEWER', 'ADMIN')),
    college_id               bigint references college (id),
    -- students only: the identity the default password derives from, and their year
    id_card                  char(18),
    graduation_year          int,
    -- null while a student still has the default password (last six of the 身份证号);
    -- otherwise a DelegatingPasswordEncoder hash ({bcrypt}…)
    password_hash            varchar(255),
    password_change_required boolean      not null default true,
    failed_attempts          int          not null default 0,
    locked_until             timestamptz,
    enabled                  boolean      not null default true,
    created_at               timestamptz  not null default now(),
    updated_at               timestamptz  not null default now(),
    version                  bigint       not null default 0,
    constraint college_reviewer_has_college check (role <> 'COLLEGE_REVIEWER' or college_id is not null),
    constraint student_has_identity check (role <> 'STUDENT' or (id_card is not null and graduation_year is not null)),
    constraint staff_has_password check (role = 'STUDENT' or password_hash is not null)
);
-- staff accounts are listed by role; students, nearly every row, never need an index on it
create index account_staff_role_idx on account (role) where role <> 'STUDENT';

create table api_token (
    id          bigint generated always as identity primary key,
    token_hash  char(64)    not null unique, -- SHA-256 hex of the bearer token; the token itself is never stored
    account_id  bigint      not null references account (id) on delete cascade,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null
);
create index api_token_account_idx on api_token (account_id);
