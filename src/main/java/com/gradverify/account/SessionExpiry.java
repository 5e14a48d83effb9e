package com.gradverify.account;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A form posted after its session ended fails the CSRF check, since the token lived in that
 * session. Instead of the access-denied page, the student signs in again and comes back to the
 * form page, where the page script restores what they typed from the tab's session storage
 * ({@code session-guard.js}); page scripts and the API get a 401 problem ({@code SESSION_EXPIRED}).
 * A signed-in student posting a page loaded before their latest sign-in gets that page again.
 * Only posts from this application's own pages (by Referer or Origin) are treated so; any other
 * refusal goes to {@code otherwise}.
 */
final class SessionExpiry implements AccessDeniedHandler {

	/** Flash attribute telling the form page that its last submission never reached the application. */
	static final String SUBMISSION_LOST = "submissionLost";

	/** Requests of page scripts, which want a status and a problem rather than the login page. */
	static final RequestMatcher PAGE_SCRIPT = request -> "XMLHttpRequest"
		.equals(request.getHeader("X-Requested-With"));

	private static final String LOGIN_PAGE = "/login";

	private static final int MVC_FLASH_SECONDS = 180;

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final RequestCache requestCache;

	private final ApiProblemResponses problems;

	private final MessageSource messages;

	private final AccessDeniedHandler otherwise;

	SessionExpiry(RequestCache requestCache, ApiProblemResponses problems, MessageSource messages,
			AccessDeniedHandler otherwise) {
		this.requestCache = requestCache;
		this.problems = problems;
		this.messages = messages;
		this.otherwise = otherwise;
	}

	/** The request names a session that no longer exists (timed out, or ended by a password change). */
	static boolean ended(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}

	/** The login page, saying that the session ended when the request came with one that did. */
	static AuthenticationEntryPoint loginPage() {
		return new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE) {
			@Override
			protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
					AuthenticationException exception) {
				return ended(request) ? LOGIN_PAGE + "?expired" : LOGIN_PAGE;
			}
		};
	}

	/** The code of the 401 problem for a request without a signed-in session: why it has none. */
	static String signInProblem(HttpServletRequest request) {
		return ended(request) ? ApiProblemResponses.SESSION_EXPIRED : ApiProblemResponses.AUTHENTICATION_REQUIRED;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException, ServletException {
		if (!(ex instanceof CsrfException)) {
			otherwise.handle(request, response, ex);
			return;
		}
		boolean signedIn = TRUST.isAuthenticated(SecurityContextHolder.getContextHolderStrategy().getContext()
			.getAuthentication());
		boolean script = SecurityConfiguration.API.matches(request) || PAGE_SCRIPT.matches(request);
		Optional<String> referer = ownPage(request.getHeader(HttpHeaders.REFERER), request);
		boolean postedHere = referer.isPresent() || ownPage(request.getHeader(HttpHeaders.ORIGIN), request).isPresent();
		Optional<String> formPage = referer.filter(page -> !page.equals(LOGIN_PAGE));
		if (!signedIn && script) {
			problems.write(response, HttpStatus.UNAUTHORIZED, signInProblem(request));
		}
		else if (!signedIn && postedHere) {
			// after signing in, back to the form page (a GET: the posted values are in the tab, not here)
			formPage.ifPresent(page -> {
				requestCache.saveRequest(new FormPageVisit(request, page), response);
				keepForPage(request, response, page, null);
			});
			response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?expired");
		}
		else if (signedIn && !script && formPage.isPresent()) {
			// signed in again in another tab since this page was loaded: its token belongs to the old session
			keepForPage(request, response, formPage.get(), text("session.pageExpired"));
			response.sendRedirect(request.getContextPath() + formPage.get());
		}
		else {
			// not posted from this application's pages (another site's forgery, a client without a session)
			otherwise.handle(request, response, ex);
		}
	}

	/**
	 * The path inside the application of {@code url} (a Referer or an Origin) when it is one of this
	 * application's pages, never another site's; an Origin's path is the start page.
	 */
	private static Optional<String> ownPage(String url, HttpServletRequest request) {
		if (url == null) {
			return Optional.empty();
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		String context = request.getContextPath();
		boolean sameOrigin = request.getScheme().equalsIgnoreCase(uri.getScheme())
				&& request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
		if (!sameOrigin || !(path + "/").startsWith(context + "/")) {
			return Optional.empty();
		}
		String page = path.substring(context.length());
		return Optional.of(page.isEmpty() ? "/" : page);
	}

	/**
	 * Tells the form page, at its next view, that the submission was lost (and why, when a message is
	 * given). Kept as long as the session lasts rather than Spring MVC's three minutes, since signing
	 * in again may take longer.
	 */
	private static void keepForPage(HttpServletRequest request, HttpServletResponse response, String page,
			String message) {
		var flash = new FlashMap();
		flash.put(SUBMISSION_LOST, true);
		if (message != null) {
			flash.put("flashError", message);
		}
		flash.setTargetRequestPath(request.getContextPath() + page);
		var flashMaps = new SessionFlashMapManager();
		flashMaps.setFlashMapTimeout(Math.max(request.getSession().getMaxInactiveInterval(), MVC_FLASH_SECONDS));
		flashMaps.saveOutputFlashMap(flash, request, response);
	}

	private String text(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}
}
