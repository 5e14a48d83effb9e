-- Employment agreements (协议申请) and breaches (违约申请) of verified graduates, and the code
-- tables their forms use: 单位性质, 行业 (GB/T 4754 sections) and 毕业去向.

alter table code_entry drop constraint code_entry_table_known;
alter table code_entry add constraint code_entry_table_known check (code_table in ('EDUCATION_LEVEL', 'TRAINING_MODE',
    'GENDER', 'ETHNICITY', 'POLITICAL_STATUS', 'NORMAL_STUDENT', 'DIFFICULTY', 'URBAN_RURAL', 'EMPLOYER_NATURE',
    'INDUSTRY', 'DESTINATION'));

insert into code_entry (code_table, code, name, sort_order) values
    ('EMPLOYER_NATURE', '10', '机关', 1),
    ('EMPLOYER_NATURE', '20', '科研设计单位', 2),
    ('EMPLOYER_NATURE', '21', '高等教育单位', 3),
    ('EMPLOYER_NATURE', '22', '中初教育单位', 4),
    ('EMPLOYER_NATURE', '23', '医疗卫生单位', 5),
    ('EMPLOYER_NATURE', '29', '其他事业单位', 6),
    ('EMPLOYER_NATURE', '31', '国有企业', 7),
    ('EMPLOYER_NATURE', '32', '三资企业', 8),
    ('EMPLOYER_NATURE', '39', '其他企业', 9),
    ('EMPLOYER_NATURE', '40', '部队', 10),
    ('EMPLOYER_NATURE', '55', '农村建制村', 11),
    ('EMPLOYER_NATURE', '56', '城镇社区', 12),
    ('EMPLOYER_NATURE', '99', '其他', 13),
    ('INDUSTRY', 'A', '农、林、牧、渔业', 1),
    ('INDUSTRY', 'B', '采矿业', 2),
    ('INDUSTRY', 'C', '制造业', 3),
    ('INDUSTRY', 'D', '电力、热力、燃气及水生产和供应业', 4),
    ('INDUSTRY', 'E', '建筑业', 5),
    ('INDUSTRY', 'F', '批发和零售业', 6),
    ('INDUSTRY', 'G', '交通运输、仓储和邮政业', 7),
    ('INDUSTRY', 'H', '住宿和餐饮业', 8),
    ('INDUSTRY', 'I', '信息传输、软件和信息技术服务业', 9),
    ('INDUSTRY', 'J', '金融业', 10),
    ('INDUSTRY', 'K', '房地产业', 11),
    ('INDUSTRY', 'L', '租赁和商务服务业', 12),
    ('INDUSTRY', 'M', '科学研究和技术服务业', 13),
    ('INDUSTRY', 'N', '水利、环境和公共设施管理业', 14),
    ('INDUSTRY', 'O', '居民服务、修理和其他服务业', 15),
    ('INDUSTRY', 'P', '教育', 16),
    ('INDUSTRY', 'Q', '卫生和社会工作', 17),
    ('INDUSTRY', 'R', '文化、体育和娱乐业', 18),
    ('INDUSTRY', 'S', '公共管理、社会保障和社会组织', 19),
    ('INDUSTRY', 'T', '国际组织', 20),
    -- only the 毕业去向 an employment agreement or contract documents
    ('DESTINATION', '10', '签就业协议形式就业', 1),
    ('DESTINATION', '11', '签劳动合同形式就业', 2),
    ('DESTINATION', '12', '其他录用形式就业', 3);

create table agreement_application (
    id                     bigint generated always as identity primary key,
    account_id             bigint      not null references account (id),
    college_id             bigint      references college (id),
    status                 varchar(20) not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'COLLEGE_APPROVED', 'APPROVED', 'REJECTED', 'TERMINATED')),
    employer_name          varchar(200),
    credit_code            varchar(18) check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    employer_nature_code   varchar(2),
    industry_code          varchar(1),
    employer_division_code varchar(6) references division (code),
    position               varchar(100),
    contact_person         varchar(50),
    contact_phone          varchar(20),
    agreement_no           varchar(50),
    signed_on              date,
    destination_code       varchar(2),
    scan_evidence_id       bigint references evidence_file (id),
    submitted_at           timestamptz,
    decided_at             timestamptz,
    terminated_at          timestamptz,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    version                bigint      not null default 0,
    -- nothing reaches review without every field of the form
    constraint agreement_submitted_complete check (status = 'DRAFT' or (employer_name is not null
        and credit_code is not null and employer_nature_code is not null and industry_code is not null
        and employer_division_code is not null and position is not null and contact_person is not null
        and contact_phone is not null and agreement_no is not null and signed_on is not null
        and destination_code is not null and scan_evidence_id is not null)),
    constraint agreement_terminated_dated check ((status = 'TERMINATED') = (terminated_at is not null))
);
-- one active agreement per graduate; terminated ones stay as history
create unique index agreement_one_active_idx on agreement_application (account_id) where status <> 'TERMINATED';
create index agreement_application_queue_idx on agreement_application (status, college_id);

create table breach_application (
    id                         bigint generated always as identity primary key,
    account_id                 bigint      not null references account (id),
    -- one breach per agreement: a rejected one is edited and resubmitted, an approved one ends the agreement
    agreement_id               bigint      not null references agreement_application (id),
    college_id                 bigint      references college (id),
    status                     varchar(20) not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'COLLEGE_APPROVED', 'APPROVED', 'REJECTED')),
    reason                     varchar(500),
    release_letter_evidence_id bigint references evidence_file (id),
    new_employer_name          varchar(200),
    submitted_at               timestamptz,
    decided_at                 timestamptz,
    created_at                 timestamptz not null default now(),
    updated_at                 timestamptz not null default now(),
    version                    bigint      not null default 0,
    constraint breach_one_per_agreement unique (agreement_id),
    constraint breach_submitted_complete check (status = 'DRAFT'
        or (reason is not null and release_letter_evidence_id is not null))
);
create index breach_application_queue_idx on breach_application (status, college_id);
