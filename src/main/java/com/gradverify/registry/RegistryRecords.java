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

	/**
	 * Where each graduate of one 届 studies (专业, 班级), in no particular order: one row per record,
	 * for lists that group a whole 届 of tens of thousands by major and class.
	 */
	List<Placement> placements(int graduationYear);

	/** A record's 学号 with its 专业代码, 专业名称 and 班级, any of which may be null. */
	record Placement(String studentNo, String majorCode, String majorName, String className) {
	}
	/** How many records the registry holds for the 届 (0: not imported). */
	long count(int graduationYear);
}
