/**
 * The WeChat official-account channel (微信公众号): the same pages and services as on the PC, reached
 * from the account's menu and signed in by WeChat.
 * <p>
 * {@code /wx/entry} is the menu URL. It sends the phone through WeChat's silent web authorization
 * (snsapi_base) to {@code /wx/callback}, which exchanges the code for the openid
 * ({@link com.gradverify.wechat.HttpWeChatOAuthClient}) and signs the bound student in through
 * {@link com.gradverify.account.SessionLogin}, or opens {@code /wx/bind}, where 学历 + 毕业年份 + 学号
 * + 身份证号 and the account's password ({@link com.gradverify.account.StudentCredentials}) bind the
 * openid to one student account. Students see and unbind their binding at {@code /account/wechat},
 * administrators unbind at {@code /admin/wechat} with a reason kept in the audit trail. Each new
 * binding raises {@link com.gradverify.wechat.WeChatBound}, which the notification centre turns into
 * a notice to the owner.
 * <p>
 * For the notification module: {@link com.gradverify.wechat.WeChatRecipients} says which accounts are
 * bound (their openids) and {@link com.gradverify.wechat.WeChatMessages} sends template messages
 * ({@code cgi-bin/message/template/send}) with the access token of {@code cgi-bin/token}, which
 * {@code WeChatAccessTokens} keeps in {@code wechat_access_token} for every node.
 * <p>
 * Configuration: {@code gradverify.wechat.*} ({@link com.gradverify.wechat.WeChatProperties}). With
 * the demo profile, {@code com.gradverify.wechat.demo} stands in for WeChat at {@code /demo-wechat}.
 */
package com.gradverify.wechat;
