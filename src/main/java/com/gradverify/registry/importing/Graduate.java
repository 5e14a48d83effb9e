package com.gradverify.registry.importing;

/**
 * What the catalog and the student account need of a stored row. Rows of one import share their
 * college and major name strings, so a graduate waiting for provisioning costs little heap.
 */
record Graduate(int rowNo, String studentNo, String name, String idCard, String collegeName, String majorCode,
		String majorName) {
}
