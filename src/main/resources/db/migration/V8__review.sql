-- Review decisions of every reviewable kind (实名认证 now; 协议 and 违约 later), level by level.
create table review_decision (
    id                  bigint generated always as identity primary key,
    subject_kind        varchar(24)  not null,
    subject_id          bigint       not null,
    level               varchar(8)   not null check (level in ('COLLEGE', 'SCHOOL')),
    decision            varchar(8)   not null check (decision in ('APPROVE', 'REJECT', 'RETURN')),
    comment             varchar(500),
    reviewer_account_id bigint       not null references account (id),
    reviewer_name       varchar(100) not null,
    decided_at          timestamptz  not null default now(),
    constraint rejection_has_comment check (decision <> 'REJECT' or length(trim(comment)) > 0)
);
create index review_decision_subject_idx on review_decision (subject_kind, subject_id, decided_at);
