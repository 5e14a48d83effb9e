package com.gradverify.verification;

import java.time.Instant;
import java.util.List;

import com.gradverify.review.ReviewState;
import com.gradverify.account.SignedInAccount;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.verification.VerificationReviews.FieldRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 生源信息确认表: a submitted 实名认证 form as the student signs it on paper, its four sections
 * with every value written out (codes with their names).
 */
@Service
public class ConfirmationSheets {

	private final VerificationApplications applications;

	private final VerificationReviews reviews;

	ConfirmationSheets(VerificationApplications applications, VerificationReviews reviews) {
		this.applications = applications;
		this.reviews = reviews;
	}

	/** The student's own sheet, once submitted; a form still editable (a draft, a rejection) has none yet. */
	@Transactional(readOnly = true)
	public Sheet forStudent(SignedInAccount student) {
		VerificationApplication application = applications.findByAccountId(student.id())
			.filter(a -> !a.getStatus().isEditable())
			.orElseThrow(() -> new ConflictException("verification.print.notSubmitted"));
		return sheet(application);
	}

	/** Any submitted application's sheet: for a reviewer whose access the caller has checked. */
	@Transactional(readOnly = true)
	public Sheet forReviewer(long applicationId) {
		VerificationApplication application = applications.findById(applicationId)
			.filter(a -> a.getStatus() != ReviewState.DRAFT)
			.orElseThrow(() -> new NotFoundException("review.notFound"));
		return sheet(application);
	}

	private Sheet sheet(VerificationApplication application) {
		VerificationForm form = application.getForm();
		return new Sheet(application.getId(), application.getStatus(), application.getSubmittedAt(), form.getName(),
				form.getStudentNo(), form.getCollegeName(), reviews.fieldRows(form, null));
	}

	/** One sheet: who, the state of the application, and the form's rows ({@code formValue} written out). */
	public record Sheet(long applicationId, ReviewState status, Instant submittedAt, String name,
			String studentNo, String collegeName, List<FieldRow> rows) {
	}
}
