package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapperImpl;

import com.gradverify.verification.FormFields.Input;
import com.gradverify.verification.FormFields.Section;

/**
 * The declaration of the form's fields is consistent with the form, the bundles, the migrations
 * and the key fields, so that what reads it (page, rules, API, roster) can trust it.
 */
class FormFieldsTests {

	@Test
	void everyPropertyOfTheFormIsDeclaredOnceWithItsOwnType() {
		var form = new BeanWrapperImpl(new VerificationForm());
		List<String> properties = Arrays.stream(form.getPropertyDescriptors())
			.map(p -> p.getName())
			.filter(name -> !name.equals("class"))
			.toList();
		assertThat(FormFields.ALL).extracting(FormFields::property).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(properties);
		for (FormFields field : FormFields.ALL) {
			assertThat(form.getPropertyType(field.property())).as(field.property()).isEqualTo(field.type());
		}
	}

	@Test
	void everyFieldHasItsLabelAndDeclaredHintInTheBundle() throws IOException {
		Properties messages = bundle();
		for (FormFields field : FormFields.ALL) {
			assertThat(messages).as(field.property()).containsKey(field.messageKey());
			if (field.hint()) {
				assertThat(messages).as(field.property()).containsKey(field.messageKey() + ".hint");
			}
		}
		for (Section section : Section.values()) {
			assertThat(messages).containsKey("section." + section.key());
		}
	}

	@Test
	void everyFieldHasItsColumnInTheMigrations() throws IOException {
		String migrations;
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			migrations = files.map(FormFieldsTests::read).reduce("", String::concat).toLowerCase();
		}
		for (FormFields field : FormFields.ALL) {
			assertThat(migrations).as(field.property()).containsPattern("\\b" + field.column() + "\\b");
		}
		assertThat(FormFields.HOME_DIVISION_CODE.column()).isEqualTo("home_division_code");
	}

	@Test
	void theElevenKeyFieldsAreTheComparedOnes() {
		assertThat(KeyField.values()).hasSize(11);
		assertThat(FormFields.ALL.stream().filter(FormFields::keyCompared).map(FormFields::property))
			.containsExactlyInAnyOrder("name", "genderCode", "ethnicCode", "originPlaceCode", "examineeNo", "majorCode",
					"graduationDate", "educationCode", "schoolingLength", "trainingModeCode", "sponsorUnit");
		for (KeyField key : KeyField.values()) {
			assertThat(key.formField().registryHeld()).as(key.name()).isTrue();
			assertThat(key.property()).isEqualTo(key.formField().property());
			assertThat(key.codeTable()).isEqualTo(key.formField().codeTable());
		}
	}

	@Test
	void sectionsComeInTheFormsOrderAndTheirFieldsTogether() {
		assertThat(Section.values()).extracting(Section::key)
			.containsExactly("identity", "enrolment", "archive", "contact");
		List<Section> order = FormFields.ALL.stream().map(FormFields::part).toList();
		assertThat(order).isSortedAccordingTo(Enum::compareTo);
		assertThat(Arrays.stream(Section.values()).flatMap(s -> s.fields().stream()).toList())
			.containsExactlyElementsOf(FormFields.ALL);
		// the page: a grid, then 生源地's cascade; 联系方式 with 家庭地址's cascade between two grids
		assertThat(Section.ENROLMENT.groups()).extracting(FormFields.Group::division).containsExactly(false, true);
		assertThat(Section.CONTACT.groups()).extracting(FormFields.Group::division)
			.containsExactly(false, true, false);
	}

	@Test
	void codedFieldsAreChosenFromTheirTableAndCascadesHaveADepth() {
		for (FormFields field : FormFields.ALL) {
			assertThat(field.input() == Input.SELECT).as(field.property()).isEqualTo(field.codeTable() != null);
			assertThat(field.input() == Input.DIVISION).as(field.property()).isEqualTo(field.divisionDepth() > 0);
		}
		assertThat(FormFields.ALL.stream().filter(FormFields::locked).map(FormFields::property))
			.containsExactly("idCard", "studentNo");
	}

	@Test
	void copyKeepsEveryFieldAndNormalisingCleansText() {
		var form = new VerificationForm();
		var wrapper = new BeanWrapperImpl(form);
		for (FormFields field : FormFields.ALL) {
			wrapper.setPropertyValue(field.property(), sample(field));
		}
		VerificationForm copy = form.copy();
		VerificationForm normalised = form.normalised();
		for (FormFields field : FormFields.ALL) {
			assertThat(field.value(copy)).as(field.property()).isEqualTo(sample(field));
			if (field.type() == String.class) {
				assertThat(field.valueIn(normalised)).as(field.property()).doesNotStartWith(" ");
			}
			else {
				assertThat(field.value(normalised)).as(field.property()).isEqualTo(sample(field));
			}
		}
		assertThat(normalised.getIdCard()).isEqualTo("11010519491231002X");
		assertThat(normalised.getMobile()).isEqualTo("13800138000");
	}

	private static Object sample(FormFields field) {
		if (field.type() == LocalDate.class) {
			return LocalDate.of(2022, 9, 1);
		}
		if (field.type() == BigDecimal.class) {
			return new BigDecimal("4.0");
		}
		if (field.type() == Boolean.class) {
			return Boolean.TRUE;
		}
		return switch (field.property()) {
			case "idCard" -> " 11010519491231002x ";
			case "mobile" -> "+86 138 0013 8000";
			default -> "  " + field.property() + "  ";
		};
	}

	private static Properties bundle() throws IOException {
		var messages = new Properties();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
			for (Path file : files.toList()) {
				try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					messages.load(in);
				}
			}
		}
		return messages;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
