package com.gradverify.amendment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.shared.IdCardNumber;
import com.gradverify.verification.BindingOutcome;
import com.gradverify.verification.BindingRequest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.KeyField;
import com.gradverify.verification.VerificationForm;
import com.gradverify.verification.VerificationService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Graduates with a registry record, a bound application and a 不匹配 key field, plus reviewers.
 * Records and accounts are inserted directly (the registry import is another module's work);
 * binding and the form go through the real verification services. Every call makes fresh rows,
 * so tests sharing the database never see each other's data.
 */
public final class AmendmentTestData {

	public static final String PASSWORD = "Amendment2026ok";

	static final String REGISTRY_ETHNICITY = "01";

	/** What the student's form says instead: 03 回族. */
	static final String CLAIMED_ETHNICITY = "03";

	static final String REGISTRY_ORIGIN_PLACE = "430621";

	/** 岳阳市岳阳楼区. */
	static final String CLAIMED_ORIGIN_PLACE = "430602";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final int RUN = ThreadLocalRandom.current().nextInt(100, 999);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final BindingService binding;

	private final VerificationService verification;

	private final TransactionTemplate transactions;

	public AmendmentTestData(JdbcClient jdbc, PasswordEncoder passwords, BindingService binding,
			VerificationService verification, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.binding = binding;
		this.verification = verification;
		this.transactions = transactions;
	}

	/** A graduate bound to their record whose form claims 民族 03 where the registry says 01. */
	public Graduate graduateWithEthnicityMismatch() {
		Graduate graduate = boundGraduate();
		transactions.executeWithoutResult(tx -> {
			var view = verification.view(graduate.account());
			VerificationForm form = view.form();
			form.setEthnicCode(CLAIMED_ETHNICITY);
			verification.saveDraft(graduate.account(), form, view.version());
		});
		return graduate;
	}

	/** A graduate whose form claims 民族 03 (registry 01) and 生源地 430602 (registry 430621). */
	Graduate graduateWithOriginAndEthnicityMismatch() {
		Graduate graduate = boundGraduate();
		transactions.executeWithoutResult(tx -> {
			var view = verification.view(graduate.account());
			VerificationForm form = view.form();
			form.setEthnicCode(CLAIMED_ETHNICITY);
			form.setOriginPlaceCode(CLAIMED_ORIGIN_PLACE);
			verification.saveDraft(graduate.account(), form, view.version());
		});
		return graduate;
	}

	/** A graduate bound to their record, form as pre-filled (every key field 一致 or 未比对). */
	Graduate boundGraduate() {
		int serial = SEQUENCE.incrementAndGet();
		String college = "异动测试学院" + RUN + "_" + serial;
		long collegeId = jdbc.sql("insert into college (name) values (:name) returning id")
			.param("name", college)
			.query(Long.class)
			.single();
		String idCard = idCard(serial);
		String studentNo = "A" + RUN + String.format("%06d", serial);
		long recordId = jdbc.sql("""
				insert into registry_record (graduation_year, id_card, name, student_no, education_code, college_name,
				    graduation_date, gender_code, ethnic_code, major_code, major_name, training_mode_code,
				    schooling_length, origin_place_code)
				values (2026, :idCard, '李四', :studentNo, '31', :college, date '2026-06-30', :gender, :ethnic,
				    '080901', '计算机科学与技术', '1', 4, '430621') returning id""")
			.param("idCard", idCard)
			.param("studentNo", studentNo)
			.param("college", college)
			.param("gender", IdCardNumber.of(idCard).genderCode())
			.param("ethnic", REGISTRY_ETHNICITY)
			.query(Long.class)
			.single();
		long accountId = jdbc.sql("""
				insert into account (username, display_name, role, college_id, id_card, graduation_year, password_hash,
				    password_change_required)
				values (:username, '李四', 'STUDENT', :college, :idCard, 2026, :hash, false) returning id""")
			.param("username", studentNo)
			.param("college", collegeId)
			.param("idCard", idCard)
			.param("hash", passwords.encode(PASSWORD))
			.query(Long.class)
			.single();
		var account = new SignedInAccount(accountId, studentNo, "李四", Role.STUDENT, collegeId, 2026);
		var graduate = new Graduate(account, recordId, collegeId, idCard);
		if (binding.bind(account, bindingRequest(graduate)) != BindingOutcome.BOUND) {
			throw new IllegalStateException("test graduate did not bind");
		}
		return graduate;
	}

	/** What a graduate of {@link #boundGraduate} types to bind to their record (or to fill in by hand). */
	static BindingRequest bindingRequest(Graduate graduate) {
		var request = new BindingRequest();
		request.setName("李四");
		request.setIdCard(graduate.idCard());
		request.setEducationCode("31");
		request.setGraduationYear(2026);
		request.setMobile("13800138000");
		return request;
	}

	/** Files a request for the field, backs it with a photo and submits it: waiting for the school. */
	static AmendmentView submitted(AmendmentService amendments, SignedInAccount student, KeyField... fields) {
		AmendmentView draft = amendments.create(student, List.of(fields));
		for (KeyField field : fields) {
			amendments.attachEvidence(student, draft.id(), field, "证明.png", AmendmentServiceIntegrationTests.photo());
		}
		return amendments.submit(student, draft.id(), amendments.mine(student, draft.id()).version());
	}

	/** A graduate who continued without a registry record. */
	SignedInAccount unboundGraduate() {
		int serial = SEQUENCE.incrementAndGet();
		String idCard = idCard(serial);
		String studentNo = "U" + RUN + String.format("%06d", serial);
		long accountId = jdbc.sql("""
				insert into account (username, display_name, role, id_card, graduation_year, password_hash,
				    password_change_required)
				values (:username, '王五', 'STUDENT', :idCard, 2026, :hash, false) returning id""")
			.param("username", studentNo)
			.param("idCard", idCard)
			.param("hash", passwords.encode(PASSWORD))
			.query(Long.class)
			.single();
		var account = new SignedInAccount(accountId, studentNo, "王五", Role.STUDENT, null, 2026);
		var request = new BindingRequest();
		request.setName("王五");
		request.setIdCard(idCard);
		request.setEducationCode("31");
		request.setGraduationYear(2026);
		request.setMobile("13900139000");
		binding.continueUnbound(account, request);
		return account;
	}

	public SignedInAccount staff(Role role, Long collegeId) {
		// "a" apart from Graduates' reviewers, whose random run number may be the same
		String username = "a" + role.name().toLowerCase().replace("_", "") + RUN + "_" + SEQUENCE.incrementAndGet();
		long id = jdbc.sql("""
				insert into account (username, display_name, role, college_id, password_hash, password_change_required)
				values (:username, '审核老师', :role, :college, :hash, false) returning id""")
			.param("username", username)
			.param("role", role.name())
			.param("college", collegeId)
			.param("hash", passwords.encode(PASSWORD))
			.query(Long.class)
			.single();
		return new SignedInAccount(id, username, "审核老师", role, collegeId, null);
	}

	/** Signs in through the login form, as a browser does. */
	static MockHttpSession login(MockMvc mvc, String username) throws Exception {
		var result = mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andReturn();
		if (result.getResponse().getRedirectedUrl() == null
				|| result.getResponse().getRedirectedUrl().contains("error")) {
			throw new AssertionError("login failed for " + username + ": " + result.getResponse().getRedirectedUrl());
		}
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	/** A valid 身份证号 (GB 11643 check digit), unique per serial within this run. */
	private static String idCard(int serial) {
		String body = "430602" + "2003" + String.format("%02d", 1 + serial % 12) + String.format("%02d", 1 + RUN % 28)
				+ String.format("%03d", serial % 1000);
		return body + IdCardNumber.checkCharacter(body);
	}

	public record Graduate(SignedInAccount account, long registryRecordId, long collegeId, String idCard) {
	}
}
