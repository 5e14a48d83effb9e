-- HTTP sessions in PostgreSQL (Spring Session JDBC), so that any node behind a load balancer can
-- serve any request without sticky sessions; used when gradverify.session.store=jdbc. The schema is
-- Spring Session's own (org/springframework/session/jdbc/schema-postgresql.sql, Spring Session 4.0),
-- created here rather than by spring.session.jdbc.initialize-schema so that Flyway owns every table.
-- Expired sessions are removed by the account module's cluster-wide clean-up job.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- The account module's background jobs, one row each: a node claims a run by moving last_run_at
-- forward in the transaction that does the work, so a job runs once per period cluster-wide and
-- never on two nodes at once (the row stays locked while it runs; the others skip it).
create table account_job (
    name        varchar(64) primary key,
    last_run_at timestamptz not null default 'epoch'
);
insert into account_job (name) values ('expired-sessions');
