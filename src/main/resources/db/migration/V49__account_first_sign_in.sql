-- When an account first signed in (password, API token or WeChat), so that staff can list the students
-- who never did (催办名单) and a campaign can tell how many have. Set once, on the first sign-in after
-- this migration; for earlier ones only a chosen password tells: a student whose password is no longer
-- the default one has signed in (when is unknown: the time of the account's last change stands in).
alter table account add column first_signed_in_at timestamptz;
update account set first_signed_in_at = updated_at where role = 'STUDENT' and password_hash is not null;
-- a 届's students, as the progress dashboard and the chase lists read them
create index account_student_year_idx on account (graduation_year) where role = 'STUDENT';
