-- 保存 keeps what the student typed, malformed values included: every text column of the form takes
-- up to 200 characters (longer input is refused with a field error), and what cannot be held in its
-- typed column (a date, the 学制 or a yes/no that does not parse) waits in draft_text as typed,
-- keyed by the form's property name, until it is corrected. Submission requires draft_text to be empty.
alter table verification_application
    alter column name type varchar(200),
    alter column gender_code type varchar(200),
    alter column ethnic_code type varchar(200),
    alter column political_code type varchar(200),
    alter column examinee_no type varchar(200),
    alter column college_name type varchar(200),
    alter column major_code type varchar(200),
    alter column major_name type varchar(200),
    alter column education_code type varchar(200),
    alter column training_mode_code type varchar(200),
    alter column origin_place_code type varchar(200),
    alter column urban_rural_code type varchar(200),
    alter column normal_student_code type varchar(200),
    alter column difficulty_code type varchar(200),
    alter column class_name type varchar(200),
    alter column archive_unit type varchar(200),
    alter column police_station type varchar(200),
    alter column home_phone type varchar(200),
    alter column home_division_code type varchar(200),
    alter column home_address_detail type varchar(200),
    alter column postcode type varchar(200),
    alter column email type varchar(200),
    add column draft_text jsonb not null default '{}'::jsonb;
