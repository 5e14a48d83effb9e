-- 采集批次: per 届, the window in which students submit or withdraw their 实名认证. A 届 may have
-- several campaigns (a main round, a later 补录 round) whose windows never overlap, which the
-- exclusion constraint enforces whatever the application does (a gist index over two ranges, so no
-- btree_gist extension is needed). A 届 without any campaign is always open.
create table campaign (
    id              bigint generated always as identity primary key,
    graduation_year int          not null check (graduation_year between 2000 and 2100),
    name            varchar(100) not null,
    opens_at        timestamptz  not null,
    closes_at       timestamptz  not null,
    created_by      varchar(64)  not null,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    constraint campaign_closes_after_opening check (closes_at > opens_at),
    constraint campaign_windows_do_not_overlap exclude using gist (
        int4range(graduation_year, graduation_year, '[]') with &&,
        tstzrange(opens_at, closes_at) with &&)
);

-- A college's own deadline within its campaign's window (earlier than the closing time, never later).
create table campaign_college_deadline (
    campaign_id bigint      not null references campaign (id) on delete cascade,
    college_id  bigint      not null,
    deadline    timestamptz not null,
    primary key (campaign_id, college_id)
);

-- One student's application reopened after its deadline, until a time; the latest grant counts.
-- The 学号 and college are kept as they were at the grant, for listing in a reviewer's scope.
create table campaign_reopening (
    campaign_id bigint       not null references campaign (id) on delete cascade,
    account_id  bigint       not null,
    student_no  varchar(64)  not null,
    student_name varchar(100) not null,
    college_id  bigint,
    until       timestamptz  not null,
    reason      varchar(200) not null,
    granted_by  varchar(64)  not null,
    granted_at  timestamptz  not null default now(),
    primary key (campaign_id, account_id)
);

-- What the campaign module announced (CampaignOpened per closing time, CampaignDeadlineApproaching per
-- college-or-whole-campaign and deadline): the unique index makes a second raise impossible, even when
-- two nodes try at once, since the loser's insert waits for the winner's commit and then does nothing.
create table campaign_announcement (
    campaign_id bigint      not null references campaign (id) on delete cascade,
    kind        varchar(16) not null check (kind in ('OPENED', 'DEADLINE')),
    college_id  bigint,
    at          timestamptz not null,
    raised_at   timestamptz not null default now()
);
create unique index campaign_announcement_once
    on campaign_announcement (campaign_id, kind, coalesce(college_id, 0), at);

-- The campaign module's cluster-wide jobs, claimed like account_job (FOR UPDATE SKIP LOCKED).
create table campaign_job (
    name        varchar(64) primary key,
    last_run_at timestamptz not null default 'epoch'
);
insert into campaign_job (name) values ('announcements');
