package com.gradverify.registry.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import com.gradverify.shared.CopyText;

/**
 * The valid rows of one batch, held compactly from validation until their accounts are provisioned:
 * each row as its line of COPY text in UTF-8, and a {@link Graduate}. A batch waits in up to four
 * places at once (being read, handed over, stored, provisioned); as {@link RegistryRow} objects
 * (about 2 KB each) those batches outlived young collections and kept the collector busy, as lines
 * (about 250 bytes) they barely register.
 */
final class ValidRows {

	/** Distinct college and major names shared per import; a hostile file cannot grow it past this. */
	private static final int MAX_SHARED_NAMES = 10_000;

	private final Map<String, String> sharedNames;

	private final List<Graduate> graduates;

	/** One array per row: a single array per batch would be a humongous object for G1. */
	private final List<byte[]> lines;

	private final StringBuilder line = new StringBuilder(512);

	/** {@code sharedNames}: the import's canonical name strings, filled as new names come. */
	ValidRows(int expectedRows, Map<String, String> sharedNames) {
		this.sharedNames = sharedNames;
		this.graduates = new ArrayList<>(expectedRows);
		this.lines = new ArrayList<>(expectedRows);
	}

	void add(RegistryRow row) {
		line.setLength(0);
		field(row.idCard());
		field(row.name());
		field(row.studentNo());
		field(row.educationCode());
		field(row.collegeName());
		field(row.graduationDate());
		field(row.examineeNo());
		field(row.genderCode());
		field(row.ethnicCode());
		field(row.politicalCode());
		field(row.majorCode());
		field(row.majorName());
		field(row.trainingModeCode());
		field(row.sponsorUnit());
		field(row.originPlaceCode());
		field(row.schoolingLength());
		field(row.enrolmentDate());
		field(row.className());
		field(row.birthDate());
		field(row.normalStudentCode());
		field(row.difficultyCode());
		field(row.urbanRuralCode());
		line.append('\n');
		lines.add(line.toString().getBytes(StandardCharsets.UTF_8));
		graduates.add(new Graduate(row.rowNo(), row.studentNo(), row.name(), row.idCard(), shared(row.collegeName()),
				shared(row.majorCode()), shared(row.majorName())));
	}

	int size() {
		return graduates.size();
	}

	List<Graduate> graduates() {
		return graduates;
	}

	/**
	 * Writes the rows in COPY text format, the columns of {@link StagingCopy#COLUMNS} led by
	 * {@code firstColumn} of each row's graduate.
	 */
	void writeTo(OutputStream out, ToIntFunction<Graduate> firstColumn) throws IOException {
		for (int i = 0; i < graduates.size(); i++) {
			out.write(Integer.toString(firstColumn.applyAsInt(graduates.get(i))).getBytes(StandardCharsets.US_ASCII));
			out.write(lines.get(i));
		}
	}

	private String shared(String name) {
		if (name == null) {
			return null;
		}
		String known = sharedNames.get(name);
		if (known != null) {
			return known;
		}
		if (sharedNames.size() < MAX_SHARED_NAMES) {
			sharedNames.put(name, name);
		}
		return name;
	}

	/** A tab and the value in COPY text format. */
	private void field(Object value) {
		line.append('\t');
		CopyText.append(line, value);
	}
}
