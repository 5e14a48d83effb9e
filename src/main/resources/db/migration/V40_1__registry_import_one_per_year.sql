-- One import per 届 at a time across every node: the database refuses a second RUNNING import of a
-- graduation year (an import is RUNNING from the moment it is queued until it ends). Imports left
-- RUNNING side by side before this constraint (only possible with several nodes) keep the latest.
update registry_import i set status = 'FAILED', finished_at = now(),
    failure_reason = '导入中断（运行导入的服务器停止或与数据库断开），未能完成；已导入的批次保留，请重新导入该文件'
where i.status = 'RUNNING'
  and exists (select 1 from registry_import later
              where later.graduation_year = i.graduation_year and later.status = 'RUNNING'
                and (later.started_at, later.id) > (i.started_at, i.id));
create unique index registry_import_one_running_per_year on registry_import (graduation_year)
    where status = 'RUNNING';
