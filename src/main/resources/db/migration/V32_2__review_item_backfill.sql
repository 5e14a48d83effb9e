-- Carries the applications that exist over into the review module's tables. Later changes arrive
-- as the kinds' events; this is the one time the review module reads the kinds' tables, since they
-- are where the existing applications are. Rerunnable: rows already there are left alone.
insert into review_applicant (account_id, student_no, name, masked_id_card, college_name, major_code, major_name,
                              class_name)
select account_id, student_no, name,
       -- as PersonalData.maskIdCard: the region code, the rest starred; a value too short, all starred
       case when id_card is null or id_card = '' then ''
            when length(id_card) < 12 then repeat('*', length(id_card))
            else left(id_card, 6) || repeat('*', length(id_card) - 6) end,
       college_name, major_code, major_name, class_name
from verification_application
on conflict (account_id) do nothing;

insert into review_item (kind, item_id, account_id, graduation_year, college_id, state, status, bound, mismatch_count,
                         not_compared_count, changed_count, submitted_at, version)
select 'VERIFICATION', id, account_id, graduation_year, college_id, status, status, registry_record_id is not null,
       mismatch_count, not_compared_count, coalesce(changed_count, 0), submitted_at, version
from verification_application
on conflict (kind, item_id) do nothing;

insert into review_item (kind, item_id, account_id, graduation_year, college_id, state, status, bound, submitted_at,
                         version)
select 'AGREEMENT', id, account_id, graduation_year, college_id, status,
       case when terminated_at is not null then 'TERMINATED' else status end, true, submitted_at, version
from agreement_application
on conflict (kind, item_id) do nothing;

insert into review_item (kind, item_id, account_id, graduation_year, college_id, state, status, bound, submitted_at,
                         version)
select 'BREACH', id, account_id, graduation_year, college_id, status, status, true, submitted_at, version
from breach_application
on conflict (kind, item_id) do nothing;
