/**
 * Notifications (通知): everything someone must hear of reaches them in the notification centre and,
 * where they can be reached, by WeChat, SMS or e-mail, through a transactional outbox.
 * <p>
 * <b>Outbox.</b> {@code NotificationEvents} listens synchronously, in the transaction that raised the
 * event, and writes the notice ({@code notification}, one row per recipient) and its deliveries
 * ({@code notification_outbox}, one per channel): decisions on a student's 实名认证, 协议 and 违约
 * ({@link com.gradverify.review.ReviewStateChanged}, to the student only) and on their 申请异动
 * ({@link com.gradverify.amendment.AmendmentDecided}); a campaign opening
 * ({@link com.gradverify.campaign.CampaignOpened}, every student of the 届 through
 * {@link com.gradverify.account.StudentAccounts#placements}, each further college's messages
 * {@code campaign-stagger} later); a staff member's bulk reminder
 * ({@link com.gradverify.verification.RemindersRequested}, only students of that 届 within the
 * requester's scope; progress at {@code /notifications/reminders/{batchKey}}); a new WeChat binding
 * ({@link com.gradverify.wechat.WeChatBound}). Submissions are kept for the reviewers' digest
 * ({@code ReviewerDigest}: one notice a day per reviewer with their scope's new and resubmitted items,
 * once cluster-wide, as the day is in the notice's key). Idempotency keys (event, recipient, channel)
 * are unique, so nothing is queued twice.
 * <p>
 * <b>Worker.</b> {@code DeliveryWorker} claims due rows with {@code FOR UPDATE SKIP LOCKED} under each
 * channel's per-minute limit and daily budget (counted in {@code notification_channel_usage} for every
 * node; over budget the rows are DEFERRED to the next day), sends them outside any transaction,
 * retries failures with exponential back-off, defers when a provider asks to slow down, and marks a row
 * FAILED after the last try or when it can never be delivered.
 * <p>
 * <b>Channels</b> ({@code DeliveryChannel}), chosen per recipient by what they have: WeChat template
 * messages to a bound student ({@link com.gradverify.wechat.WeChatMessages}); SMS to the form's
 * 联系电话 through an {@code SmsProvider} ({@code TencentCloudSms}: Tencent Cloud {@code SendSms},
 * TC3-HMAC-SHA256), only when WeChat does not reach them; e-mail over SMTP to the form's 电子邮箱.
 * Students may turn reminders off, entirely or per channel ({@code /notifications/settings}), never
 * decision or security notices. Texts come from {@code messages/notification.properties} and carry no
 * personal data; logs name accounts, never addresses (numbers masked).
 * <p>
 * <b>Centre.</b> {@code /notifications} and {@code GET /api/v1/me/notifications} (paged, unread count,
 * mark read, read all); the layout's bell is a {@link com.gradverify.shared.web.LayoutPart}
 * ({@code NotificationBell}): one indexed count, read with the layout's other parts.
 * Configuration: {@code gradverify.notification.*} ({@code NotificationProperties}) and the README.
 */
package com.gradverify.notification;
