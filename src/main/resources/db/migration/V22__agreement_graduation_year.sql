-- The 届 (graduation year) of each 协议 and 违约 application, kept by the agreement module itself so
-- that its queues filter by 届 without reading another module's tables. Set from the applicant's
-- account when the application is opened; existing ones take it from there once, here.
alter table agreement_application add column graduation_year int;
alter table breach_application add column graduation_year int;

update agreement_application a set graduation_year = s.graduation_year
from account s where s.id = a.account_id;
update breach_application b set graduation_year = s.graduation_year
from account s where s.id = b.account_id;

alter table agreement_application alter column graduation_year set not null,
    add constraint agreement_application_graduation_year check (graduation_year between 2000 and 2100);
alter table breach_application alter column graduation_year set not null,
    add constraint breach_application_graduation_year check (graduation_year between 2000 and 2100);

create index agreement_application_year_idx on agreement_application (graduation_year, status);
create index breach_application_year_idx on breach_application (graduation_year, status);
