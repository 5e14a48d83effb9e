-- Login throttling per client address (issue 11). A username's failures now count per client
-- address, so that an attacker's failures from one address never lock the owner out at another;
-- and every address has a count of its own across usernames, which stops one address from trying
-- a default password on many usernames (password spraying). Addresses are keyed as
-- ClientAddress writes them (IPv6 by its /64 network).

-- the rows hold counts of the last hours only; counting starts afresh with the address
delete from login_throttle;
alter table login_throttle
    add column client_address varchar(64) not null,
    drop constraint login_throttle_pkey,
    add primary key (username, client_address); -- also serves the lookups by username alone

-- One row per client address that failed recently, for any username. A successful login gives its
-- own attempt back (attempts - 1), so that it is failures that count, not logins.
create table login_address_throttle (
    client_address  varchar(64) primary key,
    attempts        int         not null check (attempts >= 0), -- since the last lock, refused ones too
    locked_until    timestamptz,
    last_attempt_at timestamptz not null
);
create index login_address_throttle_last_attempt_idx on login_address_throttle (last_attempt_at);
