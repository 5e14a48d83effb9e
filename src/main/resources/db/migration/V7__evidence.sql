-- Evidence files (佐证材料) that back change requests and verification applications. The bytes
-- live in the evidence storage under their SHA-256; identical content is stored once and may be
-- referenced by several rows.

create table evidence_file (
    id               bigint generated always as identity primary key,
    owner_account_id bigint       not null references account (id),
    sha256           char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content_type     varchar(32)  not null
        check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes       bigint       not null check (size_bytes > 0),
    -- generated from a sanitised stem, the upload date and the hash; never the client's path
    display_name     varchar(100) not null check (display_name !~ '[/\\]' and display_name <> ''),
    -- what the file backs, named by the calling module (e.g. amendment, origin-place)
    purpose          varchar(32)  not null check (purpose ~ '^[a-z0-9][a-z0-9._-]*$'),
    created_at       timestamptz  not null default now(),
    -- set once the request or application it backs is submitted: from then on it cannot be deleted
    locked           boolean      not null default false
);
create index evidence_file_owner_idx on evidence_file (owner_account_id, created_at);
create index evidence_file_sha256_idx on evidence_file (sha256);
