package com.gradverify.reference;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The school's own colleges (学院) and majors (专业), editable by the administrator. */
public interface SchoolCatalog {

	/**
	 * Creates the colleges and majors an imported registry names and the catalog lacks; idempotent
	 * and safe to run concurrently. Names are matched exactly after trimming; blank college names
	 * are ignored. A major (code + name) keeps the college it was first registered with.
	 *
	 * @throws com.gradverify.shared.InvalidValueException ({@code catalog.major.codeFormat} or
	 * {@code catalog.major.nameRequired}) before anything is written, if a major is malformed
	 */
	void registerAll(Collection<String> collegeNames, Collection<MajorRef> majors);

	Optional<College> collegeByName(String name);

	Optional<College> college(long id);

	List<College> colleges();

	record College(long id, String name) {
	}

	/** A major as the registry names it; {@code collegeName} may be null. */
	record MajorRef(String code, String name, String collegeName) {
	}
}
