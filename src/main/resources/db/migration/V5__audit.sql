-- Who did what, when: every state transition, decision, export and account change.
create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(64)  not null,
    action       varchar(64)  not null,
    subject_type varchar(32)  not null,
    subject_id   varchar(64)  not null,
    details      jsonb        not null default '{}'
);
create index audit_event_subject_idx on audit_event (subject_type, subject_id);
