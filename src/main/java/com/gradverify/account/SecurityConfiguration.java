package com.gradverify.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Pages: form login at /login with a session, CSRF on. JSON API under /api/**: a bearer token or
 * the browser session (page scripts), problem+json instead of redirects. Every answer carries
 * {@link SecurityHeaders}. Method security is on so that modules can use {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	/** Public files that depend on nobody's account. */
	static final RequestMatcher STATIC_RESOURCES = staticResources();

	/**
	 * A forged cross-site request cannot carry a valid bearer token, so a request that one
	 * authenticated needs no CSRF token. Any other Authorization header (Basic, garbage) proves
	 * nothing: such a request counts as its session cookie's and needs the CSRF token like any other.
	 */
	private static final RequestMatcher AUTHENTICATED_BY_BEARER_TOKEN = request -> BearerTokenFilter
		.tokenId(SecurityContextHolder.getContext().getAuthentication())
		.isPresent();

	/** The OpenAPI document and Swagger UI: a map of every endpoint, for staff (open in the demo). */
	private static final RequestMatcher API_DOCS = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));

	/**
	 * The token endpoint cannot carry a token yet; it uses no session, and a forged cross-site
	 * call could not read the token it answers with, so it needs no CSRF token either.
	 */
	private static final RequestMatcher TOKEN_ENDPOINT = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/api/v1/auth/token");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, AccountRepository accounts,
			ApiProblemResponses problems, LoginFailureHandler loginFailure, SecurityContextRepository contextRepository,
			MessageSource messages, ApiDocsProperties apiDocs) throws Exception {
		var requestCache = new HttpSessionRequestCache();
		// after login, go back to the page that asked for it, never to an asset or API URL
		requestCache.setRequestMatcher(new PageNavigationMatcher());
		http.securityContext(context -> context.securityContextRepository(contextRepository))
			.requestCache(cache -> cache.requestCache(requestCache))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(STATIC_RESOURCES)
				.permitAll()
				.requestMatchers("/login", "/error")
				.permitAll()
				.requestMatchers(API_DOCS)
				.access(apiDocs.anonymous() ? SingleResultAuthorizationManager.permitAll()
						: AuthorityAuthorizationManager.hasAnyRole(Role.COLLEGE_REVIEWER.name(),
								Role.SCHOOL_REVIEWER.name(), Role.ADMIN.name()))
				.requestMatchers(TOKEN_ENDPOINT)
				.permitAll()
				// the WeChat channel signs students in itself; the fake WeChat exists with the demo profile only
				.requestMatchers("/wx/entry", "/wx/callback", "/wx/bind", "/demo-wechat/**")
				.permitAll()
				// 采集批次 are the school's to define as much as the administrator's
				.requestMatchers("/admin/campaigns", "/admin/campaigns/**", "/api/v1/admin/campaigns",
						"/api/v1/admin/campaigns/**")
				.hasAnyRole(Role.SCHOOL_REVIEWER.name(), Role.ADMIN.name())
				.requestMatchers("/admin/**", "/api/v1/admin/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(loginFailure).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.ignoringRequestMatchers(AUTHENTICATED_BY_BEARER_TOKEN, TOKEN_ENDPOINT))
			.headers(new SecurityHeaders())
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
					.addEntryPointFor(problems, API)
					.addEntryPointFor(problems, SessionExpiry.PAGE_SCRIPT)
					.defaultEntryPoint(SessionExpiry.loginPage())
					.build())
				// a form posted after its session ended: sign in again and back to the form, not "access denied";
				// the form page is saved whatever the post's headers, since it is a page by construction
				.accessDeniedHandler(new SessionExpiry(new HttpSessionRequestCache(), problems, messages,
						new RequestMatcherDelegatingAccessDeniedHandler(new LinkedHashMap<>(Map.of(API, problems)),
								new AccessDeniedHandlerImpl()))))
			// filters built here rather than as beans, so the servlet container does not register them too
			.addFilterBefore(new NulCharacterFilter(problems), DisableEncodeUrlFilter.class)
			// the token is read before the CSRF check, which only a valid token lets a request skip
			.addFilterBefore(new BearerTokenFilter(tokens, problems), CsrfFilter.class)
			.addFilterBefore(new CredentialsChangedFilter(accounts), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(problems), AuthorizationFilter.class);
		return http.build();
	}

	private static RequestMatcher staticResources() {
		var paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(paths.matcher("/css/**"), paths.matcher("/js/**"), paths.matcher("/images/**"),
				paths.matcher("/webjars/**"), paths.matcher("/favicon.ico"));
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
