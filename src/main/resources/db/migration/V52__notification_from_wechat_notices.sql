-- One notice mechanism (issue 16): the WeChat channel's notices (review decisions on a bound student's
-- 实名认证 and new WeChat bindings) become notices of the notification centre, read where they were
-- dismissed, and their table goes.
insert into notification (account_id, event_key, topic, message_code, arguments, link, created_at, read_at)
select account_id,
       'wechat-notice:' || id,
       case when status = 'WECHAT_BOUND' then 'SECURITY' else 'DECISION' end,
       case when status = 'WECHAT_BOUND' then 'notification.wechatBound'
            else 'notification.decision.VERIFICATION.' || status end,
       case when status = 'WECHAT_BOUND'
            then array[to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')]
            else '{}'::text[] end,
       case when status = 'WECHAT_BOUND' then '/account/wechat' else '/verification' end,
       created_at,
       dismissed_at
from wechat_notice;

drop table wechat_notice;
