-- A reminder batch's description is the chase list's, which may take 300 characters (long college,
-- major and 班级 names): the shorter column made such a reminder request fail as a whole.
alter table notification_batch alter column description type varchar(300);
