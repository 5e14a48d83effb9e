package com.gradverify.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gradverify.shared.DatabaseOutage;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that fails because the database cannot be reached (see {@link DatabaseOutage}),
 * wherever it failed (a page, a security filter looking up the account), is answered 503 with
 * the error page or, under the API, a problem ({@link ErrorPages}), instead of a 500. How long it
 * waits for a connection first is the pool's {@code spring.datasource.hikari.connection-timeout}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseOutage.isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			// the exception's own text may quote SQL or values: only its kind is logged
			log.warn("Database unavailable, answered 503 to {} {} ({})", request.getMethod(), request.getRequestURI(),
					rootCause(ex).getClass().getName());
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}
}
