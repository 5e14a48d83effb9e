package com.gradverify.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.gradverify.account.AccountLookup;
import com.gradverify.account.SignedInAccount;
import com.gradverify.reference.ReferenceData;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewService;
import com.gradverify.verification.BindingOutcome;
import com.gradverify.verification.BindingRequest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationForm;
import com.gradverify.verification.VerificationService;
import com.gradverify.verification.VerificationView;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Gives the demo school a term already under way: some graduates of each college have bound and
 * filed their 实名认证 through the real services, and the reviewers have decided on some, so the
 * queues, the marks and the progress dashboard have something to show on the first start.
 */
@Component
@Profile("demo")
class DemoApplications {

	/** How many registry rows (from the top of the generated file) take part. */
	static final int GRADUATES_UNDER_WAY = 120;

	private final AccountLookup accounts;

	private final BindingService binding;

	private final VerificationService verification;

	private final ReviewService reviews;

	private final ReferenceData reference;

	DemoApplications(AccountLookup accounts, BindingService binding, VerificationService verification,
			ReviewService reviews, ReferenceData reference) {
		this.accounts = accounts;
		this.binding = binding;
		this.verification = verification;
		this.reviews = reviews;
		this.reference = reference;
	}

	/** Files applications for the complete rows among the first ones of {@code registryCsv}. */
	void fileSome(Path registryCsv, int graduationYear, List<String> collegeReviewers) {
		SignedInAccount school = accounts.byUsername("school").orElseThrow();
		List<String[]> rows = firstCompleteRows(registryCsv);
		for (int i = 0; i < rows.size(); i++) {
			String[] row = rows.get(i);
			SignedInAccount student = accounts.byUsername(row[Column.STUDENT_NO]).orElse(null);
			if (student == null) {
				continue;
			}
			var request = new BindingRequest();
			request.setName(row[Column.NAME]);
			request.setIdCard(row[Column.ID_CARD]);
			request.setEducationCode(row[Column.EDUCATION]);
			request.setGraduationYear(graduationYear);
			request.setMobile(String.format("139%08d", i));
			// each row's account binds to that row, its own record, as any student must
			if (binding.bind(student, request) != BindingOutcome.BOUND) {
				throw new IllegalStateException("demo graduate " + student.username() + " did not bind to their record");
			}
			VerificationView view = verification.view(student);
			VerificationForm form = completed(view.form(), row, i);
			VerificationView saved = verification.saveDraft(student, form, view.version());
			if (i % 8 < 2) {
				continue; // still drafting
			}
			VerificationView submitted = verification.submit(student, saved.version());
			SignedInAccount college = accounts.byUsername(collegeReviewers.get(collegeIndex(row))).orElseThrow();
			switch (i % 8) {
				case 5 -> decide(college, submitted, Decision.APPROVE, null);
				case 6 -> {
					decide(college, submitted, Decision.APPROVE, null);
					decide(school, submitted, Decision.APPROVE, null);
				}
				case 7 -> reviews.decide(college, "VERIFICATION", submitted.applicationId(), Decision.REJECT,
						"家庭电话请填写父母的手机号或带区号的座机。", null, List.of("homePhone"));
				default -> {
					// waiting for the college
				}
			}
		}
	}

	private void decide(SignedInAccount reviewer, VerificationView application, Decision decision, String comment) {
		reviews.decide(reviewer, "VERIFICATION", application.applicationId(), decision, comment, null);
	}

	private VerificationForm completed(VerificationForm form, String[] row, int i) {
		String origin = reference.originPlaceName(row[Column.ORIGIN]).orElse("");
		form.setArchiveUnit(origin.isEmpty() ? "湖南省长沙市第一中学" : origin + "第一中学");
		form.setPoliceStation(origin + "城关派出所");
		form.setHukouTransferred(i % 3 == 0);
		form.setArchiveTransferred(true);
		form.setHomePhone(String.format("138%08d", i));
		form.setHomeDivisionCode(row[Column.ORIGIN].endsWith("02") ? row[Column.ORIGIN] : "430602");
		form.setHomeAddressDetail("人民路" + (i + 1) + "号");
		form.setPostcode("414000");
		form.setEmail("graduate" + i + "@example.com");
		if (i % 5 == 0) {
			// a graduate who says the registry has their ethnicity wrong: a 不匹配 mark for reviewers
			form.setEthnicCode("15");
		}
		return form;
	}

	private static int collegeIndex(String[] row) {
		for (int c = 0; c < SyntheticRegistry.COLLEGES.size(); c++) {
			if (SyntheticRegistry.COLLEGES.get(c).name().equals(row[Column.COLLEGE])) {
				return c;
			}
		}
		throw new IllegalStateException("not a demo college: " + row[Column.COLLEGE]);
	}

	/** Rows whose key fields are all present and whose 生源地 is a district (区), so every rule can pass. */
	private static List<String[]> firstCompleteRows(Path csv) {
		var rows = new ArrayList<String[]>();
		try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			in.readLine();
			String line;
			int read = 0;
			while ((line = in.readLine()) != null && read++ < GRADUATES_UNDER_WAY) {
				String[] row = line.split(",", -1);
				boolean complete = !row[Column.EXAMINEE_NO].isEmpty() && !row[Column.ETHNIC].isEmpty()
						&& !row[Column.POLITICAL].isEmpty() && !row[Column.ORIGIN].isEmpty()
						&& !row[Column.SCHOOLING].isEmpty() && "1".equals(row[Column.TRAINING_MODE]);
				if (complete) {
					rows.add(row);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/** Positions in {@link SyntheticRegistry#HEADERS}. */
	private static final class Column {

		static final int EXAMINEE_NO = SyntheticRegistry.HEADERS.indexOf("考生号");

		static final int ID_CARD = SyntheticRegistry.HEADERS.indexOf("身份证号");

		static final int NAME = SyntheticRegistry.HEADERS.indexOf("姓名");

		static final int ETHNIC = SyntheticRegistry.HEADERS.indexOf("民族代码");

		static final int POLITICAL = SyntheticRegistry.HEADERS.indexOf("政治面貌代码");

		static final int EDUCATION = SyntheticRegistry.HEADERS.indexOf("学历代码");

		static final int TRAINING_MODE = SyntheticRegistry.HEADERS.indexOf("培养方式代码");

		static final int ORIGIN = SyntheticRegistry.HEADERS.indexOf("生源所在地代码");

		static final int SCHOOLING = SyntheticRegistry.HEADERS.indexOf("学制");

		static final int COLLEGE = SyntheticRegistry.HEADERS.indexOf("院系");

		static final int STUDENT_NO = SyntheticRegistry.HEADERS.indexOf("学号");

		private Column() {
		}
	}
}
