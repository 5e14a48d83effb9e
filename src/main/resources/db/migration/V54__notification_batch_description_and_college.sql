-- A reminder batch's description is the chase list's, which may take 300 characters (long college,
-- major and 班级 names): the shorter column made such a reminder request fail as a whole.
alter table notification_batch alter column description type varchar(300);

-- The college every student of a batch belongs to (null: several, or the school's whole list), so that
-- its reviewers, who see the request on their chase list, may follow its delivery too.
alter table notification_batch add column college_id bigint;
