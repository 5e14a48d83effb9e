-- the instance running an import touches heartbeat_at every few seconds; a RUNNING import whose
-- heartbeat has gone stale (its instance stopped, or lost the database) is marked FAILED by any instance
alter table registry_import add column heartbeat_at timestamptz;
update registry_import set heartbeat_at = coalesce(finished_at, started_at);
alter table registry_import alter column heartbeat_at set default now();
alter table registry_import alter column heartbeat_at set not null;
create index registry_import_running_idx on registry_import (heartbeat_at) where status = 'RUNNING';
