package com.gradverify.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** Thymeleaf's definition repositories get non-fair locks (see {@link ThymeleafDefinitionLocks}). */
class ThymeleafDefinitionLocksTests {

	@Test
	void replacesTheFairLocksOfEveryDefinitionRepository() throws Exception {
		var configuration = new SpringTemplateEngine().getConfiguration();
		// attribute and element definitions, one repository per template mode but RAW
		assertThat(ThymeleafDefinitionLocks.locks(configuration)).hasSize(10);

		int replaced = ThymeleafDefinitionLocks.makeNonFair(configuration);

		assertThat(replaced).as("fair locks replaced (0: Thymeleaf no longer uses fair ones)").isBetween(0, 10);
		assertThat(ThymeleafDefinitionLocks.locks(configuration)).allSatisfy(lock -> assertNonFair(lock));
		assertThat(ThymeleafDefinitionLocks.makeNonFair(configuration)).isZero();
	}

	@Test
	void theEngineStillResolvesAttributesAfterwards() {
		var engine = new SpringTemplateEngine();
		ThymeleafDefinitionLocks.makeNonFair(engine.getConfiguration());
		var context = new org.thymeleaf.context.Context();
		context.setVariable("key", "origin");
		assertThat(engine.process("<p th:attr=\"data-key=${key}\" th:aria-label=\"${key}\">x</p>", context))
			.startsWith("<p ")
			.contains(" data-key=\"origin\"", " aria-label=\"origin\"")
			.doesNotContain("th:")
			.endsWith(">x</p>");
	}

	private static void assertNonFair(ReadWriteLock lock) {
		assertThat(lock).isInstanceOf(ReentrantReadWriteLock.class);
		assertThat(((ReentrantReadWriteLock) lock).isFair()).isFalse();
	}
}
