package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.review.ReviewState;
import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.TooManyAttemptsException;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Binding and the application's life on PostgreSQL, through the services pages and API share. */
@IntegrationTest
class VerificationServiceIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	Graduates graduates;

	long college;

	@BeforeEach
	void setUp() {
		graduates = new Graduates(jdbc, binding, verification);
		college = graduates.college();
	}

	@Test
	void bindingMatchesOnNormalisedIdentityAndPrefillsTheForm() {
		Graduate graduate = graduates.graduate(college);
		BindingRequest request = request(graduate);
		// full-width digits, a lower-case x and stray spaces, as people paste them
		request.setIdCard(toFullWidth(graduate.idCard().toLowerCase()));
		request.setName(" " + graduate.name() + " ");

		assertThat(binding.bind(graduate.account(), request)).isEqualTo(BindingOutcome.BOUND);

		VerificationView view = verification.view(graduate.account());
		assertThat(view.bound()).isTrue();
		assertThat(view.form().getIdCard()).isEqualTo(graduate.idCard());
		assertThat(view.form().getMajorCode()).isEqualTo("080901");
		assertThat(view.form().getMobile()).isEqualTo("13800138000");
		assertThat(view.mismatchCount()).isZero();
	}

	@Test
	void noMatchChangesNothing() {
		Graduate graduate = graduates.graduate(college);
		BindingRequest wrongName = request(graduate);
		wrongName.setName("别人");
		BindingRequest wrongLevel = request(graduate);
		wrongLevel.setEducationCode("11");
		BindingRequest wrongYear = request(graduate);
		wrongYear.setGraduationYear(Graduates.YEAR + 1);

		assertThat(binding.bind(graduate.account(), wrongName)).isEqualTo(BindingOutcome.NO_MATCH);
		assertThat(binding.bind(graduate.account(), wrongLevel)).isEqualTo(BindingOutcome.NO_MATCH);
		assertThat(binding.bind(graduate.account(), wrongYear)).isEqualTo(BindingOutcome.NO_MATCH);
		VerificationView view = verification.view(graduate.account());
		assertThat(view.bound()).isFalse();
		assertThat(view.form().getIdCard()).isNull();
	}

	@Test
	void aRecordOfAnotherSchoolIsNoMatch() {
		Graduate graduate = graduates.graduate(college);
		BindingRequest elsewhere = request(graduate);
		// a valid 身份证号 this school's registry does not hold
		elsewhere.setIdCard("11010519491231002X");

		assertThat(binding.bind(graduate.account(), elsewhere)).isEqualTo(BindingOutcome.NO_MATCH);
	}

	@Test
	void malformedBindingInputIsRefusedFieldByField() {
		Graduate graduate = graduates.graduate(college);
		BindingRequest request = request(graduate);
		request.setIdCard("430602199801011235");
		request.setMobile("12345");

		assertThatThrownBy(() -> binding.bind(graduate.account(), request))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
				.extracting(RuleViolationException.Violation::field, RuleViolationException.Violation::code)
				.contains(org.assertj.core.groups.Tuple.tuple("idCard", "idCard.checkDigit"),
						org.assertj.core.groups.Tuple.tuple("mobile", "mobile.format")));
	}

	@Test
	void bindingAttemptsAreThrottledPerAccount() {
		Graduate graduate = graduates.graduate(college);
		BindingRequest wrong = request(graduate);
		wrong.setName("别人");
		for (int i = 0; i < BindingAttempts.MAX_FAILED_ATTEMPTS; i++) {
			binding.bind(graduate.account(), wrong);
		}

		assertThatThrownBy(() -> binding.bind(graduate.account(), request(graduate)))
			.isInstanceOf(TooManyAttemptsException.class);
		// another student is not slowed down by it
		Graduate other = graduates.graduate(college);
		assertThat(binding.bind(other.account(), request(other))).isEqualTo(BindingOutcome.BOUND);
	}

	@Test
	void aDraftKeepsMalformedValuesAsTypedAndSaysWhichAreNotYetValid() {
		Graduate graduate = graduates.graduate(college);
		binding.bind(graduate.account(), request(graduate));
		VerificationView view = verification.view(graduate.account());
		VerificationForm form = view.form();
		form.setPostcode("4140");
		form.setExamineeNo("2243060200000123456");
		form.setEthnicCode("15");
		form.setHomePhone("(0730)864 0000");
		form.setSchoolingLength(null);

		VerificationView saved = verification.saveDraft(graduate.account(), form,
				java.util.Map.of("schoolingLength", "四年", "birthDate", "2003-13-45"), view.version());

		assertThat(saved.status()).isEqualTo(ReviewState.DRAFT);
		VerificationView again = verification.view(graduate.account());
		assertThat(again.form().getPostcode()).isEqualTo("4140");
		assertThat(again.form().getExamineeNo()).isEqualTo("2243060200000123456");
		assertThat(again.form().getHomePhone()).isEqualTo("0730-8640000");
		assertThat(again.form().getSchoolingLength()).isNull();
		assertThat(again.draftText()).containsEntry("schoolingLength", "四年").containsEntry("birthDate", "2003-13-45");
		assertThat(again.problems())
			.extracting(RuleViolationException.Violation::field, RuleViolationException.Violation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("birthDate", "verification.date.format"),
					org.assertj.core.groups.Tuple.tuple("examineeNo", "examineeNo.format"),
					org.assertj.core.groups.Tuple.tuple("schoolingLength", "verification.schoolingLength.format"),
					org.assertj.core.groups.Tuple.tuple("postcode", "verification.postcode.format"));
		assertThat(again.comparison().get("ethnicCode").status()).isEqualTo(ComparisonStatus.MISMATCH);

		// corrected, the value leaves the draft's text and the problems
		VerificationForm fixed = again.form();
		fixed.setPostcode("414000");
		fixed.setExamineeNo("22430602000123");
		fixed.setSchoolingLength(new java.math.BigDecimal("4"));
		fixed.setBirthDate(graduate.birthDate());
		VerificationView corrected = verification.saveDraft(graduate.account(), fixed, again.version());
		assertThat(corrected.draftText()).isEmpty();
		assertThat(corrected.problems()).isEmpty();
	}

	@Test
	void onlyAnOverLongValueIsRefusedAndThenNothingIsSaved() {
		Graduate graduate = graduates.graduate(college);
		binding.bind(graduate.account(), request(graduate));
		VerificationView view = verification.view(graduate.account());
		VerificationForm form = view.form();
		form.setEmail("kept@example.com");
		form.setHomeAddressDetail("路".repeat(201));
		form.setArchiveUnit("中".repeat(200));

		assertThatThrownBy(() -> verification.saveDraft(graduate.account(), form,
				java.util.Map.of("birthDate", "9".repeat(300)), view.version()))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.violations())
						.extracting(RuleViolationException.Violation::field, RuleViolationException.Violation::code)
						.containsExactlyInAnyOrder(
								org.assertj.core.groups.Tuple.tuple("homeAddressDetail", "verification.tooLong"),
								org.assertj.core.groups.Tuple.tuple("birthDate", "verification.tooLong")));
		assertThat(verification.view(graduate.account()).version()).isEqualTo(view.version());
		assertThat(verification.view(graduate.account()).form().getEmail()).isNull();
	}

	@Test
	void oneSubmissionReportsEveryProblemAtOnce() {
		Graduate graduate = graduates.graduate(college);
		binding.bind(graduate.account(), request(graduate));
		VerificationView view = verification.view(graduate.account());
		VerificationForm form = view.form();
		form.setPostcode("4140");
		form.setEmail("student@");
		form.setHomePhone("138-0013-8000");
		form.setPoliceStation("湖南省衡阳市珠晖区东风路派出所");
		form.setArchiveUnit("湖南省岳阳市第一中学");
		form.setSchoolingLength(null);
		VerificationView saved = verification.saveDraft(graduate.account(), form,
				java.util.Map.of("schoolingLength", "四年"), view.version());

		assertThatThrownBy(() -> verification.submit(graduate.account(), saved.version()))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.violations())
						.extracting(RuleViolationException.Violation::field, RuleViolationException.Violation::code)
						.contains(org.assertj.core.groups.Tuple.tuple("schoolingLength", "verification.schoolingLength.format"),
								org.assertj.core.groups.Tuple.tuple("postcode", "verification.postcode.format"),
								org.assertj.core.groups.Tuple.tuple("email", "verification.email.format"),
								org.assertj.core.groups.Tuple.tuple("homePhone", "verification.homePhone.sameAsMobile"),
								org.assertj.core.groups.Tuple.tuple("policeStation", "verification.policeStation.originFor"),
								org.assertj.core.groups.Tuple.tuple("hukouTransferred", "verification.required"),
								org.assertj.core.groups.Tuple.tuple("homeDivisionCode", "verification.homeAddress.incomplete"))
						.doesNotContain(org.assertj.core.groups.Tuple.tuple("schoolingLength", "verification.required")));
		assertThat(verification.view(graduate.account()).status()).isEqualTo(ReviewState.DRAFT);
	}

	@Test
	void withdrawIsPossibleOnlyBeforeTheCollegeActs() {
		Graduate graduate = graduates.graduate(college);
		VerificationView submitted = graduates.submitted(graduate);

		VerificationView withdrawn = verification.withdraw(graduate.account(), submitted.version());
		assertThat(withdrawn.status()).isEqualTo(ReviewState.DRAFT);

		assertThatThrownBy(() -> verification.withdraw(graduate.account(), withdrawn.version()))
			.isInstanceOf(ConflictException.class);
		VerificationView again = verification.submit(graduate.account(), withdrawn.version());
		assertThat(again.status()).isEqualTo(ReviewState.SUBMITTED);
		assertThatThrownBy(() -> verification.saveDraft(graduate.account(), again.form(), again.version()))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aStaleVersionNeverOverwritesANewerDraft() {
		Graduate graduate = graduates.graduate(college);
		binding.bind(graduate.account(), request(graduate));
		VerificationView view = verification.view(graduate.account());
		VerificationForm first = view.form();
		first.setEmail("first@example.com");
		verification.saveDraft(graduate.account(), first, view.version());

		VerificationForm second = view.form();
		second.setEmail("second@example.com");
		assertThatThrownBy(() -> verification.saveDraft(graduate.account(), second, view.version()))
			.isInstanceOf(ConflictException.class);
		assertThat(verification.view(graduate.account()).form().getEmail()).isEqualTo("first@example.com");
	}

	@Test
	void twoTabsSavingAtOnceCannotBothWin() throws Exception {
		Graduate graduate = graduates.graduate(college);
		binding.bind(graduate.account(), request(graduate));
		VerificationView view = verification.view(graduate.account());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<String> save = () -> {
				try {
					verification.saveDraft(graduate.account(), view.form(), view.version());
					return "saved";
				}
				catch (ConflictException | OptimisticLockingFailureException ex) {
					return "conflict";
				}
			};
			Future<String> a = pool.submit(save);
			Future<String> b = pool.submit(save);
			assertThat(java.util.List.of(a.get(), b.get())).containsExactlyInAnyOrder("saved", "conflict");
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void onlyStudentsHaveAnApplication() {
		SignedInAccount reviewer = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		assertThatThrownBy(() -> verification.view(reviewer))
			.isInstanceOf(com.gradverify.shared.NotFoundException.class);
	}

	private static BindingRequest request(Graduate graduate) {
		var request = new BindingRequest();
		request.setName(graduate.name());
		request.setIdCard(graduate.idCard());
		request.setEducationCode("31");
		request.setGraduationYear(Graduates.YEAR);
		request.setMobile("13800138000");
		return request;
	}

	private static String toFullWidth(String text) {
		var out = new StringBuilder();
		for (char c : text.toCharArray()) {
			out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
		}
		return out.toString();
	}
}
