package com.gradverify.reference;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The school's own colleges (学院) and majors (专业), editable by the administrator. */
public interface SchoolCatalog {

	/**
	 * Creates the colleges and majors an imported registry names and the catalog lacks; idempotent
	 * and safe to run concurrently. Names are matched exactly after trimming; blank college names
	 * are ignored. A major (code + name) keeps the college it was first registered with. Returns what
	 * the catalog did not have before, so an import can name what it added.
	 *
	 * @throws com.gradverify.shared.InvalidValueException ({@code catalog.major.codeFormat} or
	 * {@code catalog.major.nameRequired}) before anything is written, if a major is malformed
	 */
	Registered registerAll(Collection<String> collegeNames, Collection<MajorRef> majors);

	Optional<College> collegeByName(String name);

	Optional<College> college(long id);

	List<College> colleges();

	record College(long id, String name) {
	}

	/** The colleges (names) and majors that {@link #registerAll} created. */
	record Registered(List<String> colleges, List<MajorRef> majors) {
	}

	/** A major as the registry names it; {@code collegeName} may be null. */
	record MajorRef(String code, String name, String collegeName) {
	}
}
