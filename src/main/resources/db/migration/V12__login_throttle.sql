-- Login throttling per username as typed, whether or not an account has that username, so that
-- locking out tells nobody which usernames exist. One row per username that failed recently: a
-- successful login deletes it, and rows whose last attempt is older than the failure memory
-- (gradverify.security.failure-memory) and that hold no lock are deleted as new failures come in.

create table login_throttle (
    username        varchar(64) primary key, -- surrounding blanks stripped, as the login looks it up
    attempts        int         not null check (attempts > 0), -- since the last lock or success, refused ones too
    locked_until    timestamptz,
    last_attempt_at timestamptz not null
);
create index login_throttle_last_attempt_idx on login_throttle (last_attempt_at);

-- the account row no longer keeps its own count: every username is throttled the same way
alter table account drop column failed_attempts, drop column locked_until;

-- Raised whenever the password changes (by its owner or an administrator's reset). A session
-- remembers the value it signed in with and ends once the account's value differs.
alter table account add column credentials_version bigint not null default 0;
