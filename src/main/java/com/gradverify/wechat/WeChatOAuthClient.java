package com.gradverify.wechat;

import java.net.URI;

/** WeChat's web authorization API, as far as this application needs it. */
interface WeChatOAuthClient {

	/**
	 * Exchanges the one-time {@code code} from the authorize redirect for the user's openid
	 * ({@code sns/oauth2/access_token}).
	 * @throws WeChatException when WeChat refuses the code or cannot be reached
	 */
	String openIdFor(URI apiBaseUrl, String code);
}
