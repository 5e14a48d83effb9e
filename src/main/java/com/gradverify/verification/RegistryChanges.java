package com.gradverify.verification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.gradverify.registry.RegistryEntry;

/**
 * The fields beyond the eleven key ones that the registry also holds and the student may edit
 * (出生日期, 政治面貌, 院系, 班级, 专业名称, 入学时间, 城乡生源, 师范生类别, 困难生类别): those the student
 * changed from the registry's value are 已修改, shown to reviewers with the registry's value and kept
 * out of batch approval. Values are compared normalised, so that nothing is marked for a difference
 * nobody would call one: codes as codes (03 and 3 are one 政治面貌), text half-width with white space
 * ignored (计科 2201 and 计科２２０１), dates as dates. A field the registry leaves blank is the
 * student's to fill and never counts; a registry value the student erased does.
 */
record RegistryChanges(List<Change> changes) {

	/**
	 * The fields compared, in the form's order: those the registry holds, but not the locked ones
	 * (学号 and 身份证号 come from the binding and cannot be edited) nor the key fields, which have
	 * their own marks.
	 */
	static final List<FormFields> FIELDS = FormFields.ALL.stream()
		.filter(f -> f.registryHeld() && !f.locked() && !f.keyCompared())
		.toList();

	RegistryChanges {
		changes = List.copyOf(changes);
	}

	/** The changes of {@code form} from {@code entry}; none for an unbound application. */
	static RegistryChanges of(VerificationForm form, RegistryEntry entry) {
		if (entry == null) {
			return new RegistryChanges(List.of());
		}
		return new RegistryChanges(FIELDS.stream().filter(f -> {
			Object registry = f.registryValue().apply(entry);
			Object typed = f.formValue().apply(form);
			String registryValue = comparable(f, registry);
			return registryValue != null && !Objects.equals(registryValue, comparable(f, typed));
		}).map(f -> new Change(f.property(), f.valueIn(form), f.valueIn(entry))).toList());
	}

	int count() {
		return changes.size();
	}

	boolean isChanged(String property) {
		return changes.stream().anyMatch(c -> c.property().equals(property));
	}

	/** The value as compared: {@code null} for blank. */
	static String comparable(FormFields field, Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		String text = Text.clean(value.toString());
		if (text == null) {
			return null;
		}
		String compact = text.replace(" ", "");
		if (field.codeTable() != null) {
			// 政治面貌 03 and 3, 困难生类别 0 and 00: the same code
			return compact.matches("[0-9]+") ? compact.replaceFirst("^0+(?=.)", "") : compact.toUpperCase(Locale.ROOT);
		}
		return compact;
	}

	/** One 已修改 field: the form's value and the registry's, as stored (codes as codes, yyyy-MM-dd). */
	record Change(String property, String formValue, String registryValue) {
	}
}
