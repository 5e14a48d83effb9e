package com.gradverify;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import com.gradverify.support.EmbeddedDatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The local run: {@code mvn spring-boot:test-run}. Starts the application on an embedded real
 * PostgreSQL whose data is kept in {@code .gradverify/pgdata} between runs, with the demo
 * profile (demo school, accounts and registry) on.
 */
public class TestGradVerifyApplication {

	public static void main(String[] args) {
		SpringApplication.from(GradVerifyApplication::main)
			.with(LocalDatabase.class)
			.withAdditionalProfiles("demo")
			.run(args);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class LocalDatabase {

		@Bean
		DataSource dataSource() {
			Path dataDirectory = Path.of(System.getProperty("gradverify.data-dir", ".gradverify/pgdata")).toAbsolutePath();
			int port = Integer.getInteger("gradverify.db-port", 54329);
			var postgres = EmbeddedDatabase.persistent(dataDirectory, port);
			var dataSource = new HikariDataSource();
			dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
			dataSource.setUsername("postgres");
			return dataSource;
		}
	}
}
