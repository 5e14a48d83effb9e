package com.gradverify.account;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * With {@code gradverify.session.store=jdbc}, HTTP sessions live in PostgreSQL (Spring Session
 * JDBC, tables {@code spring_session*} of migration V40) instead of the node's memory, so several
 * nodes behind a load balancer serve one session without sticky sessions. The single-node default
 * keeps the servlet container's sessions: a JDBC session costs a read and a write of the database on
 * every request that uses it. The cookie keeps its name ({@code JSESSIONID}) and the settings of
 * {@code server.servlet.session.*}; expired sessions are removed by {@link ExpiredSessions}, once
 * cluster-wide, instead of by Spring Session's own job on every node.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gradverify.session.store", havingValue = "jdbc")
@EnableJdbcHttpSession(cleanupCron = Scheduled.CRON_DISABLED)
@EnableScheduling
class JdbcSessionConfiguration {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
		return repository -> repository.setDefaultMaxInactiveInterval(timeout);
	}

	@Bean
	DefaultCookieSerializerCustomizer sessionCookieName(
			@Value("${server.servlet.session.cookie.name:JSESSIONID}") String name) {
		return serializer -> serializer.setCookieName(name);
	}
}
