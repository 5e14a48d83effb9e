-- The official account's access token (cgi-bin/token), shared by every node: each call of cgi-bin/token
-- issues a new token and retires the previous one within minutes, so nodes that fetched their own would
-- keep invalidating each other's. A node refreshes it under this row's lock.
create table wechat_access_token (
    app_id     varchar(64)  primary key,
    token      varchar(600) not null,
    expires_at timestamptz  not null
);
