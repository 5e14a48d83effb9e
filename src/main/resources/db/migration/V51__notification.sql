-- The notification module (issue 16): every notice in the notification centre, the transactional
-- outbox its other channels are delivered from, reminder batches, the students' preferences, the
-- per-channel send counters behind rate limits and daily budgets, and the reviewers' digest feed.

-- One notice to one account, shown in-app; the other channels deliver it through the outbox below.
-- Its text is a message key and arguments, never personal data (no 身份证号, no phone numbers).
create table notification (
    id           bigint generated always as identity primary key,
    account_id   bigint       not null references account (id) on delete cascade,
    -- what happened, the same for every recipient of one event (a decision, a campaign opening, a batch)
    event_key    varchar(160) not null,
    topic        varchar(16)  not null check (topic in ('DECISION', 'REMINDER', 'DIGEST', 'SECURITY')),
    message_code varchar(80)  not null,
    arguments    text[]       not null default '{}',
    link         varchar(200),
    created_at   timestamptz  not null default now(),
    read_at      timestamptz,
    constraint notification_event_recipient_unique unique (event_key, account_id)
);
create index notification_account_idx on notification (account_id, created_at desc, id desc);
-- the bell: one index-only count per page
create index notification_unread_idx on notification (account_id) where read_at is null;

-- A bulk reminder (催办) as the staff member asked for it, for its progress page.
create table notification_batch (
    batch_key       varchar(64)  primary key,
    requested_by    bigint       not null references account (id),
    graduation_year int          not null,
    description     varchar(200) not null,
    recipients      int          not null,
    created_at      timestamptz  not null default now()
);

-- One delivery of one notice over one channel. The idempotency key (event, recipient, channel) is
-- unique: an event handled twice, or two nodes, never queue the same message twice.
create table notification_outbox (
    id               bigint generated always as identity primary key,
    notification_id  bigint       not null references notification (id) on delete cascade,
    channel          varchar(8)   not null check (channel in ('WECHAT', 'SMS', 'EMAIL')),
    idempotency_key  varchar(200) not null,
    batch_key        varchar(64)  references notification_batch (batch_key),
    -- QUEUED / DEFERRED (over the daily budget or rate-limited by the provider) are due at not_before;
    -- SENDING is claimed by a worker until claimed_until (a crashed node's claim expires);
    -- SENT and FAILED (permanently, or after the last try) are final
    status           varchar(10)  not null default 'QUEUED'
        check (status in ('QUEUED', 'DEFERRED', 'SENDING', 'SENT', 'FAILED')),
    attempts         int          not null default 0,
    not_before       timestamptz  not null default now(),
    claimed_until    timestamptz,
    last_error       varchar(200),
    sent_at          timestamptz,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint notification_outbox_idempotency_unique unique (idempotency_key)
);
create index notification_outbox_due_idx on notification_outbox (channel, not_before)
    where status in ('QUEUED', 'DEFERRED', 'SENDING');
create index notification_outbox_batch_idx on notification_outbox (batch_key) where batch_key is not null;

-- Sends per channel in the current minute and day, shared by every node: a worker locks its channel's
-- row while it claims, so the limits hold cluster-wide.
create table notification_channel_usage (
    channel      varchar(8)  primary key,
    minute_start timestamptz not null default 'epoch',
    minute_count int         not null default 0,
    day          date        not null default '1970-01-01',
    day_count    int         not null default 0
);
insert into notification_channel_usage (channel) values ('WECHAT'), ('SMS'), ('EMAIL');

-- What a student turned off: reminders entirely, or on one channel. Decision notices always go.
create table notification_preference (
    account_id       bigint      primary key references account (id) on delete cascade,
    reminders_off    boolean     not null default false,
    wechat_off       boolean     not null default false,
    sms_off          boolean     not null default false,
    email_off        boolean     not null default false,
    updated_at       timestamptz not null default now()
);

-- Items that came to a review level, kept from the review events for the reviewers' daily digest.
create table notification_review_arrival (
    id          bigint generated always as identity primary key,
    kind        varchar(32) not null,
    item_id     bigint      not null,
    account_id  bigint      not null,
    -- the student's college when the item came; null for a student without one
    college_id  bigint,
    level       varchar(8)  not null check (level in ('COLLEGE', 'SCHOOL')),
    resubmitted boolean     not null,
    arrived_at  timestamptz not null default now()
);
create index notification_review_arrival_time_idx on notification_review_arrival (arrived_at);
