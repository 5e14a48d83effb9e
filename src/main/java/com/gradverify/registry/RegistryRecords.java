package com.gradverify.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read access to the imported registry (省级学籍库) for the other modules. */
public interface RegistryRecords {

	Optional<RegistryEntry> find(long id);

	/** The record of a graduation year with this normalised 18-character 身份证号. */
	Optional<RegistryEntry> findByIdCard(int graduationYear, String idCard);

	Optional<RegistryEntry> findByStudentNo(int graduationYear, String studentNo);

	/** The records of these ids that exist, in no particular order; a few thousand ids at a time. */
	List<RegistryEntry> findAll(Collection<Long> ids);

	/** How many records the registry holds for the 届 (0: not imported). */
	long count(int graduationYear);
}
