package com.gradverify.wechat.demo;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A stand-in for WeChat's authorization, for the demo only (profile {@code demo}): a page where
 * one types an openid, or takes a generated one, instead of WeChat's silent authorization, and the
 * code exchange answering like WeChat does, errors included. The application's real HTTP client
 * talks to it. Like WeChat, which knows the phone, it remembers the openid last used in this
 * browser (a cookie) and offers it again; it never shows anyone else's openid.
 */
@Controller
@Profile("demo")
@RequestMapping("/demo-wechat")
class DemoWeChatController {

	private static final Duration CODE_LIFETIME = Duration.ofMinutes(5);

	/** The openid this browser used last: its "phone's WeChat user". */
	static final String COOKIE = "demo-wechat-openid";

	private static final Duration COOKIE_LIFETIME = Duration.ofDays(30);

	/** The characters of WeChat's openids; anything else (also in the cookie) is not taken. */
	private static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, IssuedCode> codes = new ConcurrentHashMap<>();

	private final String appId;

	private final String secret;

	private final String publicBaseUrl;

	DemoWeChatController(@Value("${gradverify.wechat.app-id:}") String appId,
			@Value("${gradverify.wechat.secret:}") String secret,
			@Value("${gradverify.wechat.public-base-url:}") String publicBaseUrl) {
		this.appId = appId;
		this.secret = secret;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	@GetMapping("/connect/oauth2/authorize")
	String authorizePage(@RequestParam(required = false) String appid,
			@RequestParam(name = "redirect_uri", required = false) String redirectUri,
			@RequestParam(required = false) String state,
			@CookieValue(name = COOKIE, required = false) String remembered, Model model) {
		String problem = problem(appid, redirectUri);
		if (problem != null) {
			model.addAttribute("problem", problem);
			return "wechat/demo-authorize";
		}
		model.addAttribute("redirectUri", redirectUri);
		model.addAttribute("state", state);
		model.addAttribute("newOpenId", "o-demo-" + HexFormat.of().formatHex(randomBytes(4)));
		model.addAttribute("rememberedOpenId", isOpenId(remembered) ? remembered : null);
		return "wechat/demo-authorize";
	}

	@PostMapping("/connect/oauth2/authorize")
	String authorize(@RequestParam String openid, @RequestParam(name = "redirect_uri") String redirectUri,
			@RequestParam(required = false) String state,
			@CookieValue(name = COOKIE, required = false) String remembered, HttpServletResponse response,
			Model model) {
		String typed = openid.strip();
		String view = authorizePage(appId, redirectUri, state, remembered, model);
		if (model.containsAttribute("problem")) {
			return view;
		}
		if (!isOpenId(typed)) {
			model.addAttribute("newOpenId", typed);
			model.addAttribute("openidError", "wechat.demo.openid.invalid");
			return view;
		}
		String code = HexFormat.of().formatHex(randomBytes(16));
		codes.values().removeIf(c -> c.expiresAt().isBefore(Instant.now()));
		codes.put(code, new IssuedCode(typed, Instant.now().plus(CODE_LIFETIME)));
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, typed)
			.path("/demo-wechat")
			.httpOnly(true)
			.sameSite("Lax")
			.maxAge(COOKIE_LIFETIME)
			.build()
			.toString());
		return "redirect:" + UriComponentsBuilder.fromUriString(redirectUri)
			.queryParam("code", code)
			.queryParam("state", state)
			.encode()
			.toUriString();
	}

	/** WeChat's answers, including its error codes, so the client's error handling runs in the demo too. */
	@GetMapping("/sns/oauth2/access_token")
	@ResponseBody
	Map<String, Object> accessToken(@RequestParam(required = false) String appid,
			@RequestParam(required = false) String secret, @RequestParam(required = false) String code) {
		if (!appId.equals(appid)) {
			return Map.of("errcode", 40013, "errmsg", "invalid appid");
		}
		if (!this.secret.equals(secret)) {
			return Map.of("errcode", 40125, "errmsg", "invalid appsecret");
		}
		IssuedCode issued = code == null ? null : codes.get(code);
		if (issued == null || issued.expiresAt().isBefore(Instant.now())) {
			return Map.of("errcode", 40029, "errmsg", "invalid code");
		}
		if (issued.used() || !codes.replace(code, issued, issued.markUsed())) {
			return Map.of("errcode", 40163, "errmsg", "code been used");
		}
		return Map.of("access_token", "demo-" + code, "expires_in", 7200, "refresh_token", "demo-refresh",
				"openid", issued.openid(), "scope", "snsapi_base");
	}

	/** The message key of what is wrong with the request, or null. */
	private String problem(String appid, String redirectUri) {
		if (!appId.equals(appid)) {
			return "wechat.demo.problem.appid";
		}
		// like WeChat's registered callback domain: only back into this application, as configured
		if (redirectUri == null || !redirectUri.startsWith(publicBaseUrl + "/")) {
			return "wechat.demo.problem.redirect";
		}
		return null;
	}

	private static boolean isOpenId(String value) {
		return value != null && OPENID.matcher(value).matches();
	}

	private static byte[] randomBytes(int n) {
		byte[] bytes = new byte[n];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private record IssuedCode(String openid, Instant expiresAt, boolean used) {

		IssuedCode(String openid, Instant expiresAt) {
			this(openid, expiresAt, false);
		}

		IssuedCode markUsed() {
			return new IssuedCode(openid, expiresAt, true);
		}
	}
}
