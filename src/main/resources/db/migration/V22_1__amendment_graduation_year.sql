-- The 届 of each change request: the 届 of the registry record it corrects, kept by the amendment
-- module itself so that its queue and the corrections list filter by 届 without reading another
-- module's tables. Existing requests take it from their record once, here.
alter table amendment_request add column graduation_year int;

update amendment_request r set graduation_year = g.graduation_year
from registry_record g where g.id = r.registry_record_id;

alter table amendment_request alter column graduation_year set not null,
    add constraint amendment_request_graduation_year check (graduation_year between 2000 and 2100);

create index amendment_request_year_idx on amendment_request (graduation_year, status);
