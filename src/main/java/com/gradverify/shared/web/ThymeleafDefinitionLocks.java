package com.gradverify.shared.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Gives Thymeleaf's attribute and element definition repositories non-fair locks (issue 14).
 *
 * <p>Thymeleaf 3.1 (3.1.5 to 3.1.7 at least) guards each repository with a <em>fair</em>
 * {@link ReentrantReadWriteLock} and takes its read lock whenever a page writes an attribute that is
 * not a standard HTML one: every {@code th:attr="data-…"}, {@code th:data-…} or {@code aria-…} of every
 * field, dozens per form page. Under a fair lock a reader that finds any thread queued queues too, so
 * once one thread waits, all of them wait in line and are woken one by one: at 200 connections on two
 * cores every request thread of a thread dump sat in {@code ReadLock.lock} with no thread holding the
 * lock, and the form page answered nothing. A non-fair read lock is one compare-and-set when no thread
 * writes, and writes happen only the first time a page uses an attribute name. (Thymeleaf pull request
 * 938 proposes the same; not merged.)
 *
 * <p>The locks are replaced once the singletons exist, before the web server takes requests, so no
 * thread can hold one. Should a later Thymeleaf rename these private fields, the locks stay as they are
 * and a warning says so; {@code ThymeleafDefinitionLocksTests} fails then too.
 */
@Component
class ThymeleafDefinitionLocks implements SmartInitializingSingleton {

	private static final Log log = LogFactory.getLog(ThymeleafDefinitionLocks.class);

	private final ObjectProvider<ITemplateEngine> engines;

	ThymeleafDefinitionLocks(ObjectProvider<ITemplateEngine> engines) {
		this.engines = engines;
	}

	@Override
	public void afterSingletonsInstantiated() {
		engines.orderedStream()
			.filter(TemplateEngine.class::isInstance)
			.forEach(engine -> log.info("Thymeleaf definition repositories given non-fair locks: "
					+ makeNonFair(((TemplateEngine) engine).getConfiguration())));
	}

	/** How many repositories' locks were fair and are now non-fair. */
	static int makeNonFair(IEngineConfiguration configuration) {
		try {
			int replaced = 0;
			for (Object repository : repositories(configuration)) {
				if (replaceLock(repository)) {
					replaced++;
				}
			}
			return replaced;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			log.warn("Thymeleaf's definition repositories keep their fair locks, which queue request threads under "
					+ "load: " + ex);
			return 0;
		}
	}

	/** The locks of the engine's attribute and element definition repositories, as they are now. */
	static List<ReadWriteLock> locks(IEngineConfiguration configuration) throws ReflectiveOperationException {
		List<ReadWriteLock> locks = new ArrayList<>();
		for (Object repository : repositories(configuration)) {
			locks.add((ReadWriteLock) accessible(repository, "lock").get(repository));
		}
		return locks;
	}

	private static List<Object> repositories(IEngineConfiguration configuration) throws ReflectiveOperationException {
		List<Object> repositories = new ArrayList<>();
		for (Object definitions : List.of(configuration.getAttributeDefinitions(), configuration.getElementDefinitions())) {
			for (Field field : definitions.getClass().getDeclaredFields()) {
				if (field.getType().getSimpleName().endsWith("DefinitionRepository")) {
					field.setAccessible(true);
					Object repository = field.get(definitions);
					if (repository != null) {
						repositories.add(repository);
					}
				}
			}
		}
		return repositories;
	}

	private static boolean replaceLock(Object repository) throws ReflectiveOperationException {
		Field lock = accessible(repository, "lock");
		if (!(lock.get(repository) instanceof ReentrantReadWriteLock current) || !current.isFair()) {
			return false;
		}
		ReentrantReadWriteLock nonFair = new ReentrantReadWriteLock(false);
		lock.set(repository, nonFair);
		accessible(repository, "readLock").set(repository, nonFair.readLock());
		accessible(repository, "writeLock").set(repository, nonFair.writeLock());
		return true;
	}

	private static Field accessible(Object owner, String name) throws NoSuchFieldException {
		Field field = owner.getClass().getDeclaredField(name);
		field.setAccessible(true);
		return field;
	}
}
