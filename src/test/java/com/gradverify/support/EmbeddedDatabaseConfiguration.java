package com.gradverify.support;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Points the application at the JVM-wide embedded PostgreSQL. */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedDatabaseConfiguration {

	@Bean
	DataSource dataSource() {
		var postgres = EmbeddedDatabase.forTests();
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}
}
