-- The colleges and majors an import added to the school's catalogue, named in its report. Names
-- only (kept as the catalogue wrote them then): a college renamed later is still the one created.
create table registry_import_created (
    id        bigint generated always as identity primary key,
    import_id uuid         not null references registry_import (id) on delete cascade,
    kind      varchar(8)   not null check (kind in ('COLLEGE', 'MAJOR')),
    code      varchar(8),
    name      varchar(100) not null,
    constraint registry_import_created_major_code check ((kind = 'MAJOR') = (code is not null))
);
create index registry_import_created_import_idx on registry_import_created (import_id);
