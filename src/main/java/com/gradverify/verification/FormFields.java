package com.gradverify.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.registry.RegistryEntry;
import com.gradverify.shared.ExamineeNo;
import com.gradverify.shared.IdCardNumber;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.shared.MajorCode;
import com.gradverify.shared.MobileNumber;

/**
 * The 实名认证 form's fields, declared once, in the order the form shows them: each field's
 * section, how the page edits it (a code table for coded fields), where the registry holds the
 * same value (prefilled, and shown to reviewers beside the student's), whether 申请实名认证 requires
 * it, how a typed value is normalised and what makes a value malformed. The form's copy and
 * normalisation, the page's sections, the draft and submit rules, the API's sections, the roster's
 * columns and the key fields ({@link KeyField}) all read this list. Adding a field means a line
 * here, a property of {@link VerificationForm}, its column (migration), its {@code field.*} message
 * and whatever rules between fields it takes part in ({@link FormRules}).
 * <p>
 * The label is always the message {@code field.<property>}; the HTML input's name and id are the
 * property, as is the field's name in the API's {@code sections}.
 */
public final class FormFields {

	/** The form's four parts, in the form's order: 身份信息, 学籍信息, 档案信息, 联系方式. */
	public enum Section {

		IDENTITY, ENROLMENT, ARCHIVE, CONTACT;

		/** The section's name in messages ({@code section.identity}), the API and the print sheet. */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The section's fields in the form's order. */
		public List<FormFields> fields() {
			return ALL.stream().filter(field -> field.section == this).toList();
		}

		/**
		 * The section as the page lays it out: runs of fields in a grid, broken by the division
		 * cascades, which take a row of their own.
		 */
		public List<Group> groups() {
			var groups = new ArrayList<Group>();
			List<FormFields> run = new ArrayList<>();
			for (FormFields field : fields()) {
				if (field.input == Input.DIVISION) {
					if (!run.isEmpty()) {
						groups.add(new Group(false, run));
						run = new ArrayList<>();
					}
					groups.add(new Group(true, List.of(field)));
				}
				else {
					run.add(field);
				}
			}
			if (!run.isEmpty()) {
				groups.add(new Group(false, run));
			}
			return groups;
		}
	}

	/** A grid of fields, or one division cascade ({@code division}). */
	public record Group(boolean division, List<FormFields> fields) {

		public Group {
			fields = List.copyOf(fields);
		}
	}

	/** How the page edits a field; {@link #key()} names the control in {@code verification/form.html}. */
	public enum Input {

		TEXT, LOCKED, TEL, NUMBER, DATE, SELECT, BOOLEAN,
		/** A cascade of division selects writing the deepest chosen code (GB/T 2260 and beyond). */
		DIVISION;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** What makes a filled-in value malformed: a message code, or {@code null} for a good value. */
	@FunctionalInterface
	interface Check<T> {

		String problem(T value, ReferenceData reference);
	}

	// 身份信息
	static final FormFields NAME = text(Section.IDENTITY, "name", VerificationForm::getName, VerificationForm::setName)
		.registry(RegistryEntry::name)
		.requiredOnSubmit();

	static final FormFields GENDER_CODE = coded(Section.IDENTITY, "genderCode", CodeTable.GENDER,
			VerificationForm::getGenderCode, VerificationForm::setGenderCode)
		.registry(RegistryEntry::genderCode);

	static final FormFields ETHNIC_CODE = coded(Section.IDENTITY, "ethnicCode", CodeTable.ETHNICITY,
			VerificationForm::getEthnicCode, VerificationForm::setEthnicCode)
		.registry(RegistryEntry::ethnicCode);

	/** Accept x, store X; the check digit is GB 11643's. Comes with the binding: never edited. */
	static final FormFields ID_CARD = new FormFields(Section.IDENTITY, "idCard", Input.LOCKED,
			new Value<>(String.class, VerificationForm::getIdCard, VerificationForm::setIdCard,
					v -> Text.clean(v) == null ? null : Text.clean(v).toUpperCase(Locale.ROOT),
					(v, reference) -> {
						try {
							IdCardNumber.of(v);
							return null;
						}
						catch (InvalidValueException ex) {
							return ex.messageCode();
						}
					}))
		.registry(RegistryEntry::idCard)
		.requiredOnSubmit();

	static final FormFields BIRTH_DATE = date(Section.IDENTITY, "birthDate", VerificationForm::getBirthDate,
			VerificationForm::setBirthDate, (v, reference) -> v.isAfter(LocalDate.now()) ? "verification.birthDate.future" : null)
		.registry(RegistryEntry::birthDate);

	static final FormFields POLITICAL_CODE = coded(Section.IDENTITY, "politicalCode", CodeTable.POLITICAL_STATUS,
			VerificationForm::getPoliticalCode, VerificationForm::setPoliticalCode)
		.registry(RegistryEntry::politicalCode);

	// 学籍信息
	static final FormFields EXAMINEE_NO = text(Section.ENROLMENT, "examineeNo", VerificationForm::getExamineeNo,
			VerificationForm::setExamineeNo, (v, reference) -> ExamineeNo.isValid(v) ? null : "examineeNo.format")
		.registry(RegistryEntry::examineeNo)
		.requiredOnSubmit();

	/** The account's own 学号, set when the application opens: never edited, never copied from the registry. */
	static final FormFields STUDENT_NO = new FormFields(Section.ENROLMENT, "studentNo", Input.LOCKED,
			Value.text(VerificationForm::getStudentNo, VerificationForm::setStudentNo, null))
		.registry(RegistryEntry::studentNo)
		.notPrefilled();

	static final FormFields COLLEGE_NAME = text(Section.ENROLMENT, "collegeName", VerificationForm::getCollegeName,
			VerificationForm::setCollegeName)
		.registry(RegistryEntry::collegeName)
		.requiredOnSubmit();

	static final FormFields CLASS_NAME = text(Section.ENROLMENT, "className", VerificationForm::getClassName,
			VerificationForm::setClassName)
		.registry(RegistryEntry::className);

	/** 6 digits with an optional K or T (本科), 4 or 6 characters (研究生): see {@link MajorCode}. */
	static final FormFields MAJOR_CODE = new FormFields(Section.ENROLMENT, "majorCode", Input.TEXT,
			new Value<>(String.class, VerificationForm::getMajorCode, VerificationForm::setMajorCode,
					v -> MajorCode.normalize(Text.clean(v)),
					(v, reference) -> MajorCode.isValid(v) ? null : "verification.majorCode.format"))
		.registry(RegistryEntry::majorCode)
		.requiredOnSubmit();

	static final FormFields MAJOR_NAME = text(Section.ENROLMENT, "majorName", VerificationForm::getMajorName,
			VerificationForm::setMajorName)
		.registry(RegistryEntry::majorName)
		.requiredOnSubmit();

	static final FormFields EDUCATION_CODE = coded(Section.ENROLMENT, "educationCode", CodeTable.EDUCATION_LEVEL,
			VerificationForm::getEducationCode, VerificationForm::setEducationCode)
		.registry(RegistryEntry::educationCode);

	/** 1.5 to 9.5 years in half-year steps. */
	static final FormFields SCHOOLING_LENGTH = new FormFields(Section.ENROLMENT, "schoolingLength", Input.NUMBER,
			new Value<>(BigDecimal.class, VerificationForm::getSchoolingLength, VerificationForm::setSchoolingLength, UnaryOperator.identity(),
					(v, reference) -> v.compareTo(Value.SHORTEST_SCHOOLING) < 0 || v.compareTo(Value.LONGEST_SCHOOLING) > 0
							|| v.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0
									? "verification.schoolingLength.range" : null))
		.registry(RegistryEntry::schoolingLength)
		.requiredOnSubmit();

	static final FormFields TRAINING_MODE_CODE = coded(Section.ENROLMENT, "trainingModeCode", CodeTable.TRAINING_MODE,
			VerificationForm::getTrainingModeCode, VerificationForm::setTrainingModeCode)
		.registry(RegistryEntry::trainingModeCode);

	/** Required for 定向 and 委培 only: a rule between fields, in {@link FormRules}. */
	static final FormFields SPONSOR_UNIT = text(Section.ENROLMENT, "sponsorUnit", VerificationForm::getSponsorUnit,
			VerificationForm::setSponsorUnit)
		.registry(RegistryEntry::sponsorUnit);

	static final FormFields ENROLMENT_DATE = date(Section.ENROLMENT, "enrolmentDate",
			VerificationForm::getEnrolmentDate, VerificationForm::setEnrolmentDate, null)
		.registry(RegistryEntry::enrolmentDate);

	static final FormFields GRADUATION_DATE = date(Section.ENROLMENT, "graduationDate",
			VerificationForm::getGraduationDate, VerificationForm::setGraduationDate, null)
		.registry(RegistryEntry::graduationDate);

	static final FormFields URBAN_RURAL_CODE = coded(Section.ENROLMENT, "urbanRuralCode", CodeTable.URBAN_RURAL,
			VerificationForm::getUrbanRuralCode, VerificationForm::setUrbanRuralCode)
		.registry(RegistryEntry::urbanRuralCode);

	static final FormFields NORMAL_STUDENT_CODE = coded(Section.ENROLMENT, "normalStudentCode",
			CodeTable.NORMAL_STUDENT, VerificationForm::getNormalStudentCode, VerificationForm::setNormalStudentCode)
		.registry(RegistryEntry::normalStudentCode);

	static final FormFields DIFFICULTY_CODE = coded(Section.ENROLMENT, "difficultyCode", CodeTable.DIFFICULTY,
			VerificationForm::getDifficultyCode, VerificationForm::setDifficultyCode)
		.registry(RegistryEntry::difficultyCode);

	/** 县级 and above; the registry's own code may name a division since abolished (110228 密云县): still a 生源地. */
	static final FormFields ORIGIN_PLACE_CODE = new FormFields(Section.ENROLMENT, "originPlaceCode", Input.DIVISION,
			Value.text(VerificationForm::getOriginPlaceCode, VerificationForm::setOriginPlaceCode,
					(v, reference) -> v.matches("[0-9]{6}") && reference.originPlace(v).isPresent() ? null
							: "verification.originPlace.unknown"))
		.registry(RegistryEntry::originPlaceCode)
		.named(Naming.ORIGIN_PLACE)
		.divisionDepth(3)
		.requiredOnSubmit();

	// 档案信息
	static final FormFields ARCHIVE_UNIT = text(Section.ARCHIVE, "archiveUnit", VerificationForm::getArchiveUnit,
			VerificationForm::setArchiveUnit)
		.withHint()
		.requiredOnSubmit();

	static final FormFields POLICE_STATION = text(Section.ARCHIVE, "policeStation", VerificationForm::getPoliceStation,
			VerificationForm::setPoliceStation)
		.withHint()
		.requiredOnSubmit();

	static final FormFields HUKOU_TRANSFERRED = choice(Section.ARCHIVE, "hukouTransferred",
			VerificationForm::getHukouTransferred, VerificationForm::setHukouTransferred);

	static final FormFields ARCHIVE_TRANSFERRED = choice(Section.ARCHIVE, "archiveTransferred",
			VerificationForm::getArchiveTransferred, VerificationForm::setArchiveTransferred);

	// 联系方式
	/** Typed on the form (+86 138…, with spaces): kept as the binding kept it, 11 digits. */
	static final FormFields MOBILE = new FormFields(Section.CONTACT, "mobile", Input.TEL,
			new Value<>(String.class, VerificationForm::getMobile, VerificationForm::setMobile,
					v -> MobileNumber.isValid(v) ? MobileNumber.of(v).value() : Text.clean(v),
					(v, reference) -> MobileNumber.isValid(v) ? null : "mobile.format"))
		.withHint()
		.requiredOnSubmit();

	/** Stored normalised (0730-8640000, 13907301234) once it is a number; as typed until then. */
	static final FormFields HOME_PHONE = new FormFields(Section.CONTACT, "homePhone", Input.TEXT,
			new Value<>(String.class, VerificationForm::getHomePhone, VerificationForm::setHomePhone, v -> {
				String phone = Text.clean(v);
				String normalised = ContactRules.normalisedPhone(phone);
				return normalised == null ? phone : normalised;
			}, (v, reference) -> ContactRules.isHomePhone(v) ? null : "verification.homePhone.format"))
		.withHint()
		.requiredOnSubmit();

	/** Down to the 乡镇; whether it is deep enough is a submission rule in {@link FormRules}. */
	static final FormFields HOME_DIVISION_CODE = new FormFields(Section.CONTACT, "homeDivisionCode", Input.DIVISION,
			Value.text(VerificationForm::getHomeDivisionCode, VerificationForm::setHomeDivisionCode,
					(v, reference) -> reference.divisionExists(v) ? null : "verification.homeAddress.unknown"))
		.named(Naming.ADDRESS)
		.divisionDepth(4);

	static final FormFields HOME_ADDRESS_DETAIL = text(Section.CONTACT, "homeAddressDetail",
			VerificationForm::getHomeAddressDetail, VerificationForm::setHomeAddressDetail)
		.requiredOnSubmit();

	static final FormFields POSTCODE = text(Section.CONTACT, "postcode", VerificationForm::getPostcode,
			VerificationForm::setPostcode, (v, reference) -> ContactRules.isPostcode(v) ? null : "verification.postcode.format")
		.requiredOnSubmit();

	static final FormFields EMAIL = text(Section.CONTACT, "email", VerificationForm::getEmail, VerificationForm::setEmail,
			(v, reference) -> ContactRules.isEmail(v) ? null : "verification.email.format")
		.requiredOnSubmit();

	/** Every field, in the form's order. */
	public static final List<FormFields> ALL = List.of(NAME, GENDER_CODE, ETHNIC_CODE, ID_CARD, BIRTH_DATE,
			POLITICAL_CODE, EXAMINEE_NO, STUDENT_NO, COLLEGE_NAME, CLASS_NAME, MAJOR_CODE, MAJOR_NAME, EDUCATION_CODE,
			SCHOOLING_LENGTH, TRAINING_MODE_CODE, SPONSOR_UNIT, ENROLMENT_DATE, GRADUATION_DATE, URBAN_RURAL_CODE,
			NORMAL_STUDENT_CODE, DIFFICULTY_CODE, ORIGIN_PLACE_CODE, ARCHIVE_UNIT, POLICE_STATION, HUKOU_TRANSFERRED,
			ARCHIVE_TRANSFERRED, MOBILE, HOME_PHONE, HOME_DIVISION_CODE, HOME_ADDRESS_DETAIL, POSTCODE, EMAIL);

	private final Section section;

	private final String property;

	private final Input input;

	private final Value<?> value;

	// set while the declaration above is built, never after
	private CodeTable codeTable;

	private Naming naming = Naming.NONE;

	private Function<RegistryEntry, ?> registryValue;

	private boolean prefilled;

	private boolean required;

	private boolean hint;

	private int divisionDepth;

	private FormFields(Section section, String property, Input input, Value<?> value) {
		this.section = section;
		this.property = property;
		this.input = input;
		this.value = value;
	}

	/** The field called {@code property} (its form property, input name and API name). */
	public static Optional<FormFields> of(String property) {
		return ALL.stream().filter(field -> field.property.equals(property)).findFirst();
	}

	/** The name of this field's section ({@code identity}, …). */
	public String section() {
		return section.key();
	}

	public Section part() {
		return section;
	}

	/** The form property, the HTML input's name and id, and the field's name in the API. */
	public String property() {
		return property;
	}

	/** The message that labels this field. */
	public String messageKey() {
		return "field." + property;
	}

	public Input input() {
		return input;
	}

	/** The code table whose names explain the values, or {@code null} for a field that is not coded. */
	public CodeTable codeTable() {
		return codeTable;
	}

	/**
	 * The name of a value of this field as the code tables and the division lists give it (汉族 for
	 * 民族 01, 湖南省岳阳县 for 生源地 430621 and a historical division as it was named, the 家庭地址's
	 * 县 by the 生源地 rules followed by its 乡镇), empty for values that are not codes or that no
	 * table names.
	 */
	public Optional<String> nameOf(String value, ReferenceData reference) {
		return value == null ? Optional.empty() : naming.nameOf(this, value, reference);
	}

	/** The column of {@code verification_application} that keeps this field. */
	String column() {
		return property.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
	}

	/** For a division cascade, how many levels it offers (3 to the county, 4 to the 乡镇); else 0. */
	public int divisionDepth() {
		return divisionDepth;
	}

	/** Whether the page shows the hint {@code field.<property>.hint} under the field. */
	public boolean hint() {
		return hint;
	}

	/** The form's value as its type ({@link String}, {@link LocalDate}, {@link BigDecimal}, {@link Boolean}). */
	public Object value(VerificationForm form) {
		return value.get.apply(form);
	}

	/** The type of this field's values. */
	public Class<?> type() {
		return value.type;
	}

	/** Whether 申请实名认证 requires a value (other fields are optional or required by a rule between fields). */
	boolean required() {
		return required;
	}

	/** Whether the registry holds this field too. */
	boolean registryHeld() {
		return registryValue != null;
	}

	/** Whether binding copies the registry's value into the form. */
	boolean prefilled() {
		return prefilled;
	}

	/** Locked on the form: the student never edits it. */
	boolean locked() {
		return input == Input.LOCKED;
	}

	/** Whether this is one of the eleven key fields the province compares with its registry. */
	boolean keyCompared() {
		return Arrays.stream(KeyField.values()).anyMatch(key -> key.formField() == this);
	}

	Function<VerificationForm, ?> formValue() {
		return value.get;
	}

	/** Where the registry holds the same value, or {@code null} where it holds none. */
	Function<RegistryEntry, ?> registryValue() {
		return registryValue;
	}

	/** What a value that could not even be read as the field's type is told. */
	String unreadableCode() {
		return switch (input) {
			case DATE -> "verification.date.format";
			case BOOLEAN -> "verification.choice.format";
			case NUMBER -> "verification." + property + ".format";
			default -> "typeMismatch";
		};
	}

	String valueIn(VerificationForm form) {
		return text(value(form));
	}

	/** The registry's value, or null when unbound or the registry has no such field. */
	String valueIn(RegistryEntry entry) {
		return entry == null || registryValue == null ? null : text(registryValue.apply(entry));
	}

	/** The message code of what is wrong with the form's value, or {@code null} for an empty or a good one. */
	String problem(VerificationForm form, ReferenceData reference) {
		return value.problem(form, codeTable, reference);
	}

	void copy(VerificationForm from, VerificationForm to) {
		value.copy(from, to, UnaryOperator.identity());
	}

	void copyNormalised(VerificationForm from, VerificationForm to) {
		value.copy(from, to, null);
	}

	void prefill(RegistryEntry entry, VerificationForm form) {
		value.prefill(registryValue, entry, form);
	}

	@Override
	public String toString() {
		return property;
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return Objects.toString(value, null);
	}

	private static FormFields text(Section section, String property, Function<VerificationForm, String> get,
			BiConsumer<VerificationForm, String> set) {
		return text(section, property, get, set, null);
	}

	private static FormFields text(Section section, String property, Function<VerificationForm, String> get,
			BiConsumer<VerificationForm, String> set, Check<String> check) {
		return new FormFields(section, property, Input.TEXT, Value.text(get, set, check));
	}

	private static FormFields coded(Section section, String property, CodeTable table,
			Function<VerificationForm, String> get, BiConsumer<VerificationForm, String> set) {
		var field = new FormFields(section, property, Input.SELECT, Value.text(get, set, null));
		field.codeTable = table;
		return field.named(Naming.CODE).requiredOnSubmit();
	}

	private static FormFields date(Section section, String property, Function<VerificationForm, LocalDate> get,
			BiConsumer<VerificationForm, LocalDate> set, Check<LocalDate> check) {
		return new FormFields(section, property, Input.DATE,
				new Value<>(LocalDate.class, get, set, UnaryOperator.identity(), check)).requiredOnSubmit();
	}

	private static FormFields choice(Section section, String property, Function<VerificationForm, Boolean> get,
			BiConsumer<VerificationForm, Boolean> set) {
		return new FormFields(section, property, Input.BOOLEAN, new Value<>(Boolean.class, get, set, UnaryOperator.identity(), null))
			.requiredOnSubmit();
	}

	private FormFields registry(Function<RegistryEntry, ?> registryValue) {
		this.registryValue = registryValue;
		this.prefilled = true;
		return this;
	}

	private FormFields named(Naming naming) {
		this.naming = naming;
		return this;
	}

	private FormFields notPrefilled() {
		this.prefilled = false;
		return this;
	}

	private FormFields requiredOnSubmit() {
		this.required = true;
		return this;
	}

	private FormFields withHint() {
		this.hint = true;
		return this;
	}

	private FormFields divisionDepth(int depth) {
		this.divisionDepth = depth;
		return this;
	}

	/** Where the names of a field's values come from. */
	private enum Naming {

		NONE {
			@Override
			Optional<String> nameOf(FormFields field, String value, ReferenceData reference) {
				return Optional.empty();
			}
		},
		CODE {
			@Override
			Optional<String> nameOf(FormFields field, String value, ReferenceData reference) {
				return reference.codeName(field.codeTable, value);
			}
		},
		ORIGIN_PLACE {
			@Override
			Optional<String> nameOf(FormFields field, String value, ReferenceData reference) {
				return reference.originPlaceName(value);
			}
		},
		/** The 县 written by the 生源地 rules, then the 乡镇. */
		ADDRESS {
			@Override
			Optional<String> nameOf(FormFields field, String value, ReferenceData reference) {
				if (value.length() < 6) {
					return Optional.empty();
				}
				String county = reference.originPlaceName(value.substring(0, 6)).orElse("");
				String town = value.length() > 6 ? reference.division(value).map(d -> d.name()).orElse("") : "";
				return county.isEmpty() ? Optional.empty() : Optional.of(county + town);
			}
		};

		abstract Optional<String> nameOf(FormFields field, String value, ReferenceData reference);
	}

	/** A field's value in the form, typed: how to read, write, normalise and check it. */
	private record Value<T>(Class<T> type, Function<VerificationForm, T> get, BiConsumer<VerificationForm, T> set,
			UnaryOperator<T> normalise, Check<T> check) {

		static final BigDecimal SHORTEST_SCHOOLING = new BigDecimal("1.5");

		static final BigDecimal LONGEST_SCHOOLING = new BigDecimal("9.5");

		static Value<String> text(Function<VerificationForm, String> get, BiConsumer<VerificationForm, String> set,
				Check<String> check) {
			return new Value<>(String.class, get, set, Text::clean, check);
		}

		/** Copies the value as it is ({@code as} the identity) or normalised ({@code as} null). */
		void copy(VerificationForm from, VerificationForm to, UnaryOperator<T> as) {
			set.accept(to, (as == null ? normalise : as).apply(get.apply(from)));
		}

		String problem(VerificationForm form, CodeTable table, ReferenceData reference) {
			T current = get.apply(form);
			if (current == null) {
				return null;
			}
			if (table != null && !reference.isValidCode(table, (String) current)) {
				return "verification.code.unknown";
			}
			return check == null ? null : check.problem(current, reference);
		}

		/** The registry's record holds each field as the form's own type. */
		void prefill(Function<RegistryEntry, ?> registry, RegistryEntry entry, VerificationForm form) {
			set.accept(form, type.cast(registry.apply(entry)));
		}
	}
}
