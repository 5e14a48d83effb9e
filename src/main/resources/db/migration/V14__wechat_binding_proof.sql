-- WeChat binding proves the account (issue 11): the password is part of the first binding, the
-- bind throttle counts in one atomic row per openid and per 学号, and every new binding becomes a
-- notice the student sees on their pages.

-- One counter per openid and per 学号, counted before the check in a single upsert, so that
-- parallel guesses cannot all read "under the limit" before any of them is recorded.
create table wechat_bind_throttle (
    scope          varchar(16) not null check (scope in ('OPENID', 'STUDENT_NO')),
    key            varchar(64) not null,
    attempts       integer     not null,
    window_ends_at timestamptz not null,
    primary key (scope, key)
);
create index wechat_bind_throttle_window_idx on wechat_bind_throttle (window_ends_at);

drop table wechat_bind_attempt;

-- A new binding is a notice of its own, about no 实名认证 application.
alter table wechat_notice alter column application_id drop not null;
alter table wechat_notice drop constraint wechat_notice_status_check;
alter table wechat_notice add constraint wechat_notice_status_check
    check (status in ('COLLEGE_APPROVED', 'APPROVED', 'REJECTED', 'WECHAT_BOUND'));
alter table wechat_notice add constraint wechat_notice_application_check
    check ((status = 'WECHAT_BOUND') = (application_id is null));

-- Bindings made so far needed only 学号 + 身份证号, which classmates may know: none of them proves
-- the account, so each student binds again, this time with the password.
delete from wechat_binding;
