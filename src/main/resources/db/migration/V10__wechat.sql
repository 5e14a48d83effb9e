-- WeChat official-account channel: which openid belongs to which student account, the binding
-- attempts that throttle guessing, and the notices a bound student sees on the phone.

create table wechat_binding (
    id         bigint generated always as identity primary key,
    openid     varchar(64) not null,
    account_id bigint      not null references account (id) on delete cascade,
    bound_at   timestamptz not null default now(),
    -- one openid binds one account and one account one openid
    constraint wechat_binding_openid_unique unique (openid),
    constraint wechat_binding_account_unique unique (account_id)
);

create table wechat_bind_attempt (
    id           bigint generated always as identity primary key,
    openid       varchar(64) not null,
    student_no   varchar(32) not null,
    succeeded    boolean     not null,
    attempted_at timestamptz not null default now()
);
create index wechat_bind_attempt_openid_idx on wechat_bind_attempt (openid, attempted_at);
create index wechat_bind_attempt_student_no_idx on wechat_bind_attempt (student_no, attempted_at);

create table wechat_notice (
    id             bigint generated always as identity primary key,
    account_id     bigint      not null references account (id) on delete cascade,
    application_id bigint      not null,
    status         varchar(24) not null check (status in ('COLLEGE_APPROVED', 'APPROVED', 'REJECTED')),
    created_at     timestamptz not null default now(),
    dismissed_at   timestamptz
);
create index wechat_notice_open_idx on wechat_notice (account_id) where dismissed_at is null;
