-- 专业代码 as the national catalogues write them (see shared.MajorCode): 本科 6 digits with an
-- optional K, T or TK (120203K, 030107TK), 高职专科 6 digits, 研究生 4 or 6 characters (0812,
-- 081201, 0812Z1). Widening a varchar changes only the catalog: no row is rewritten, and the
-- unique index on major (code, name) stays valid.
alter table major alter column code type varchar(8);
alter table registry_record alter column major_code type varchar(8);
alter table verification_application alter column major_code type varchar(8);

-- The old check allowed any 6 digits or capitals. Its successor states the catalogues' shapes;
-- NOT VALID keeps any row the looser rule admitted (nothing is lost or refused at upgrade), while
-- every row inserted or changed from now on must match.
alter table major drop constraint major_code_check;
alter table major add constraint major_code_shape
    check (code ~ '^[0-9]{4}([0-9]{2}(K|T|TK)?|[ZJ][0-9])?$') not valid;
