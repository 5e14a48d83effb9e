package com.gradverify.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Pages: form login at /login with a session, CSRF on. JSON API under /api/**: a bearer token or
 * the browser session (page scripts), problem+json instead of redirects. Method security is on
 * so that modules can use {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	/** Public files that depend on nobody's account. */
	static final RequestMatcher STATIC_RESOURCES = staticResources();

	/**
	 * Browsers cannot attach an Authorization header to a cross-site request without CORS consent,
	 * so API requests that carry one cannot be forged and need no CSRF token.
	 */
	private static final RequestMatcher API_WITH_AUTHORIZATION_HEADER = request -> API.matches(request)
			&& request.getHeader(HttpHeaders.AUTHORIZATION) != null;

	/**
	 * The token endpoint cannot carry a token yet; it uses no session, and a forged cross-site
	 * call could not read the token it answers with, so it needs no CSRF token either.
	 */
	private static final RequestMatcher TOKEN_ENDPOINT = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/api/v1/auth/token");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, AccountRepository accounts,
			ApiProblemResponses problems, LoginFailureHandler loginFailure, SecurityContextRepository contextRepository,
			MessageSource messages) throws Exception {
		var requestCache = new HttpSessionRequestCache();
		// after login, go back to the page that asked for it, never to an API URL
		requestCache.setRequestMatcher(new NegatedRequestMatcher(API));
		http.securityContext(context -> context.securityContextRepository(contextRepository))
			.requestCache(cache -> cache.requestCache(requestCache))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(STATIC_RESOURCES)
				.permitAll()
				.requestMatchers("/login", "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers(TOKEN_ENDPOINT)
				.permitAll()
				// the WeChat channel signs students in itself; the fake WeChat exists with the demo profile only
				.requestMatchers("/wx/entry", "/wx/callback", "/wx/bind", "/demo-wechat/**")
				.permitAll()
				.requestMatchers("/admin/**", "/api/v1/admin/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(loginFailure).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.ignoringRequestMatchers(API_WITH_AUTHORIZATION_HEADER, TOKEN_ENDPOINT))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
					.addEntryPointFor(problems, API)
					.addEntryPointFor(problems, SessionExpiry.PAGE_SCRIPT)
					.defaultEntryPoint(SessionExpiry.loginPage())
					.build())
				// a form posted after its session ended: sign in again and back to the form, not "access denied"
				.accessDeniedHandler(new SessionExpiry(requestCache, problems, messages,
						new RequestMatcherDelegatingAccessDeniedHandler(new LinkedHashMap<>(Map.of(API, problems)),
								new AccessDeniedHandlerImpl()))))
			// filters built here rather than as beans, so the servlet container does not register them too
			.addFilterBefore(new NulCharacterFilter(problems), DisableEncodeUrlFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new CredentialsChangedFilter(accounts), BearerTokenFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(problems), AuthorizationFilter.class);
		return http.build();
	}

	private static RequestMatcher staticResources() {
		var paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(paths.matcher("/css/**"), paths.matcher("/js/**"), paths.matcher("/images/**"),
				paths.matcher("/webjars/**"));
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
