-- 联系电话 is typed on the form now, and 保存 keeps it as typed like every other text field of the
-- form (V25): up to 200 characters, checked as a mobile number when the form is submitted.
alter table verification_application alter column mobile type varchar(200);
