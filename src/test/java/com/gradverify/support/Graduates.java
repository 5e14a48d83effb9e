package com.gradverify.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.verification.BindingOutcome;
import com.gradverify.verification.BindingRequest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationForm;
import com.gradverify.verification.VerificationService;
import com.gradverify.verification.VerificationView;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Colleges, accounts, registry records and 实名认证 applications for tests, each with fresh names and
 * numbers so tests sharing the one database never see each other's rows. Rows the registry import
 * and the account module own are inserted directly; applications go through the real binding and
 * verification services. Get it with {@code new Graduates(jdbc, binding, verification)}.
 */
public final class Graduates {

	public static final int YEAR = 2026;

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final int RUN = ThreadLocalRandom.current().nextInt(100, 999);

	private final JdbcClient jdbc;

	private final BindingService binding;

	private final VerificationService verification;

	/** The 届 of the graduates this instance makes. */
	private final int year;

	public Graduates(JdbcClient jdbc, BindingService binding, VerificationService verification) {
		this(jdbc, binding, verification, YEAR);
	}

	private Graduates(JdbcClient jdbc, BindingService binding, VerificationService verification, int year) {
		this.jdbc = jdbc;
		this.binding = binding;
		this.verification = verification;
		this.year = year;
	}

	/** The same, making graduates of another 届 (their registry records and accounts in that year). */
	public Graduates inYear(int otherYear) {
		return new Graduates(jdbc, binding, verification, otherYear);
	}

	public long college() {
		return jdbc.sql("insert into college (name) values (:name) returning id")
			.param("name", "测试学院" + RUN + "-" + SEQUENCE.incrementAndGet())
			.query(Long.class)
			.single();
	}

	public String collegeName(long collegeId) {
		return jdbc.sql("select name from college where id = :id").param("id", collegeId).query(String.class).single();
	}

	public SignedInAccount reviewer(Role role, Long collegeId) {
		String username = role.name().toLowerCase().replace("_", "") + RUN + "_" + SEQUENCE.incrementAndGet();
		long id = jdbc.sql("""
				insert into account (username, display_name, role, college_id, password_hash, password_change_required)
				values (:username, :displayName, :role, :college, '{noop}unused', false) returning id""")
			.param("username", username)
			.param("displayName", "审核员" + username)
			.param("role", role.name())
			.param("college", collegeId)
			.query(Long.class)
			.single();
		return new SignedInAccount(id, username, "审核员" + username, role, collegeId, null);
	}

	/** A graduate with an account and a matching registry record, not yet bound. */
	public Graduate graduate(long collegeId) {
		int serial = SEQUENCE.incrementAndGet();
		String studentNo = "R" + RUN + String.format("%07d", serial);
		LocalDate birthDate = LocalDate.of(1998, 1, 1).plusDays(serial % 700);
		String idCard = idCard(birthDate, serial);
		String name = "学生" + serial;
		long accountId = jdbc.sql("""
				insert into account (username, display_name, role, college_id, id_card, graduation_year)
				values (:username, :name, 'STUDENT', :college, :idCard, :year) returning id""")
			.param("username", studentNo)
			.param("name", name)
			.param("college", collegeId)
			.param("idCard", idCard)
			.param("year", year)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into registry_record (graduation_year, id_card, name, student_no, education_code, college_name,
				    graduation_date, examinee_no, gender_code, ethnic_code, political_code, major_code, major_name,
				    training_mode_code, origin_place_code, schooling_length, enrolment_date, class_name, birth_date,
				    normal_student_code, difficulty_code, urban_rural_code)
				values (:year, :idCard, :name, :studentNo, '31', :college, make_date(:year, 6, 30), :examineeNo, '1', '01',
				    '13', '080901', '计算机科学与技术', '1', '430602', 4, make_date(:year - 4, 9, 1), '计科2201', :birth,
				    '2', '0', '1')""")
			.param("year", year)
			.param("idCard", idCard)
			.param("name", name)
			.param("studentNo", studentNo)
			.param("college", collegeName(collegeId))
			.param("examineeNo", "22430602" + String.format("%06d", serial % 1_000_000))
			.param("birth", birthDate)
			.update();
		var account = new SignedInAccount(accountId, studentNo, name, Role.STUDENT, collegeId, year);
		return new Graduate(account, idCard, name, birthDate);
	}

	/** Moves the graduate's registry record to another 专业 and 班级 (as a re-import would). */
	public Graduate placedIn(Graduate graduate, String majorCode, String majorName, String className) {
		jdbc.sql("""
				update registry_record set major_code = :major, major_name = :majorName, class_name = :className
				where graduation_year = :year and student_no = :no""")
			.param("major", majorCode)
			.param("majorName", majorName)
			.param("className", className)
			.param("year", graduate.account().graduationYear())
			.param("no", graduate.account().username())
			.update();
		return graduate;
	}

	/** Binds to the registry record, completes the form and submits it: waiting for the college, no 不匹配. */
	public VerificationView submitted(Graduate graduate) {
		return submitted(graduate, form -> {
		});
	}

	/** As {@link #submitted(Graduate)} with {@code change} applied to the completed form before it is saved. */
	public VerificationView submitted(Graduate graduate, java.util.function.Consumer<VerificationForm> change) {
		bind(graduate);
		return submit(graduate, change);
	}

	/** As {@link #submitted} but the 民族 differs from the registry: one 不匹配 mark. */
	public VerificationView submittedWithMismatch(Graduate graduate) {
		bind(graduate);
		return submit(graduate, form -> form.setEthnicCode("02"));
	}

	/** Filled in by hand without binding: every key field 未比对, the application unbound. */
	public VerificationView submittedUnbound(Graduate graduate) {
		binding.continueUnbound(graduate.account(), bindingRequest(graduate));
		return submit(graduate, form -> {
			form.setExamineeNo("22430602000001");
			form.setGenderCode("1");
			form.setEthnicCode("01");
			form.setBirthDate(graduate.birthDate());
			form.setPoliticalCode("13");
			form.setCollegeName("测试学院");
			form.setMajorCode("080901");
			form.setMajorName("计算机科学与技术");
			form.setSchoolingLength(new BigDecimal("4"));
			form.setTrainingModeCode("1");
			form.setEnrolmentDate(LocalDate.of(2022, 9, 1));
			form.setGraduationDate(LocalDate.of(2026, 6, 30));
			form.setOriginPlaceCode("430602");
			form.setUrbanRuralCode("1");
			form.setNormalStudentCode("2");
			form.setDifficultyCode("0");
			form.setClassName("计科2201");
		});
	}

	private void bind(Graduate graduate) {
		BindingOutcome outcome = binding.bind(graduate.account(), bindingRequest(graduate));
		if (outcome != BindingOutcome.BOUND) {
			throw new IllegalStateException("test graduate did not bind: " + outcome);
		}
	}

	private VerificationView submit(Graduate graduate, java.util.function.Consumer<VerificationForm> change) {
		VerificationView view = verification.view(graduate.account());
		VerificationForm form = view.form();
		form.setArchiveUnit("湖南省岳阳市第一中学");
		form.setPoliceStation("湖南省岳阳市岳阳楼区三眼桥派出所");
		form.setHukouTransferred(false);
		form.setArchiveTransferred(false);
		form.setHomePhone("0730-8640000");
		form.setHomeDivisionCode("430602");
		form.setHomeAddressDetail("东茅岭路100号");
		form.setPostcode("414000");
		form.setEmail("student@example.com");
		change.accept(form);
		VerificationView saved = verification.saveDraft(graduate.account(), form, view.version());
		return verification.submit(graduate.account(), saved.version());
	}

	/**
	 * What binding allowed before it belonged to the account, planted as it was left: the holder's
	 * application bound to the owner's record, pre-filled from it and submitted. Returns its id.
	 */
	public long hijack(Graduate holder, Graduate owner) {
		long applicationId = verification.view(holder.account()).applicationId();
		jdbc.sql("""
				update verification_application
				set registry_record_id = :record, name = :name, id_card = :idCard, examinee_no = '22430602999999',
				    status = 'SUBMITTED', submitted_at = now()
				where id = :id""")
			.param("record", recordId(owner))
			.param("name", owner.name())
			.param("idCard", owner.idCard())
			.param("id", applicationId)
			.update();
		return applicationId;
	}

	public long recordId(Graduate graduate) {
		return jdbc.sql("select id from registry_record where graduation_year = :year and student_no = :no")
			.param("year", graduate.account().graduationYear())
			.param("no", graduate.account().username())
			.query(Long.class)
			.single();
	}

	/** What the graduate types to bind to their own record. */
	public static BindingRequest bindingRequest(Graduate graduate) {
		var request = new BindingRequest();
		request.setName(graduate.name());
		request.setIdCard(graduate.idCard());
		request.setEducationCode("31");
		request.setGraduationYear(graduate.account().graduationYear());
		request.setMobile("13800138000");
		return request;
	}

	/** A valid 身份证号 of a man born on {@code birthDate}, unique per serial (birth dates the other tests do not use). */
	static String idCard(LocalDate birthDate, int serial) {
		int sequence = serial / 700 % 500 * 2 + 1;
		String body = "430602" + birthDate.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
				+ String.format("%03d", sequence);
		return body + com.gradverify.shared.IdCardNumber.checkCharacter(body);
	}

	/** A graduate's account and the identity they bind with. */
	public record Graduate(SignedInAccount account, String idCard, String name, LocalDate birthDate) {
	}
}
