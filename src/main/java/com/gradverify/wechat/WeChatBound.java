package com.gradverify.wechat;

import java.time.Instant;

/**
 * A student account was bound to a WeChat openid: raised in the binding's transaction, so that the
 * owner is told of a binding they did not make (no binding without its notice).
 */
public record WeChatBound(long accountId, Instant boundAt) {
}
