package com.gradverify.wechat.demo;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A stand-in for WeChat's authorization, for the demo only (profile {@code demo}): a page where
 * one picks or types an openid instead of WeChat's silent authorization, and the code exchange
 * answering like WeChat does, errors included. The application's real HTTP client talks to it.
 */
@Controller
@Profile("demo")
@RequestMapping("/demo-wechat")
class DemoWeChatController {

	private static final Duration CODE_LIFETIME = Duration.ofMinutes(5);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, IssuedCode> codes = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final String appId;

	private final String secret;

	DemoWeChatController(JdbcClient jdbc, @Value("${gradverify.wechat.app-id:}") String appId,
			@Value("${gradverify.wechat.secret:}") String secret) {
		this.jdbc = jdbc;
		this.appId = appId;
		this.secret = secret;
	}

	@GetMapping("/connect/oauth2/authorize")
	String authorizePage(@RequestParam(required = false) String appid,
			@RequestParam(name = "redirect_uri", required = false) String redirectUri,
			@RequestParam(required = false) String state, HttpServletRequest request, Model model) {
		String problem = problem(appid, redirectUri, request);
		if (problem != null) {
			model.addAttribute("problem", problem);
			return "wechat/demo-authorize";
		}
		model.addAttribute("redirectUri", redirectUri);
		model.addAttribute("state", state);
		model.addAttribute("newOpenId", "o-demo-" + HexFormat.of().formatHex(randomBytes(4)));
		model.addAttribute("bound", jdbc.sql("""
				select b.openid, a.username from wechat_binding b join account a on a.id = b.account_id
				order by b.bound_at desc limit 10""").query((rs, row) -> new BoundOpenId(rs.getString(1), rs.getString(2))).list());
		return "wechat/demo-authorize";
	}

	@PostMapping("/connect/oauth2/authorize")
	String authorize(@RequestParam String openid, @RequestParam(name = "redirect_uri") String redirectUri,
			@RequestParam(required = false) String state, HttpServletRequest request, Model model) {
		if (problem(appId, redirectUri, request) != null || openid.isBlank() || openid.length() > 64) {
			return authorizePage(appId, redirectUri, state, request, model);
		}
		String code = HexFormat.of().formatHex(randomBytes(16));
		codes.values().removeIf(c -> c.expiresAt().isBefore(Instant.now()));
		codes.put(code, new IssuedCode(openid.strip(), Instant.now().plus(CODE_LIFETIME)));
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
	private String problem(String appid, String redirectUri, HttpServletRequest request) {
		if (!appId.equals(appid)) {
			return "wechat.demo.problem.appid";
		}
		// like WeChat's registered callback domain: only back into this application
		String base = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
		if (redirectUri == null || !(redirectUri.equals(base) || redirectUri.startsWith(base + "/"))) {
			return "wechat.demo.problem.redirect";
		}
		return null;
	}

	private static byte[] randomBytes(int n) {
		byte[] bytes = new byte[n];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	record BoundOpenId(String openid, String username) {
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
