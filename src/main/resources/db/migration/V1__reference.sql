-- Reference data: administrative divisions (GB/T 2260, loaded by V2), national code tables,
-- and the school's own colleges and majors.

create table division (
    code        varchar(9)  primary key,
    name        varchar(64) not null,
    parent_code varchar(9)  references division (code),
    level       smallint    not null check (level between 1 and 4), -- 1 省 2 地 3 县 4 乡
    constraint division_code_digits check (code ~ '^[0-9]{2}([0-9]{2}([0-9]{2}([0-9]{3})?)?)?$')
);
create index division_parent_idx on division (parent_code);

create table code_entry (
    code_table varchar(32) not null,
    code       varchar(8)  not null,
    name       varchar(64) not null,
    sort_order int         not null,
    primary key (code_table, code)
);

create table college (
    id         bigint generated always as identity primary key,
    name       varchar(100) not null unique,
    created_at timestamptz  not null default now()
);

create table major (
    id         bigint generated always as identity primary key,
    code       varchar(6)   not null check (code ~ '^[0-9A-Z]{6}$'),
    name       varchar(100) not null,
    college_id bigint references college (id),
    created_at timestamptz  not null default now(),
    unique (code, name)
);
