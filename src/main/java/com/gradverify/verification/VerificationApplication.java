package com.gradverify.verification;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;

import com.gradverify.registry.RegistryEntry;
import com.gradverify.review.ReviewedApplication;
import com.gradverify.review.ReviewState;
import com.gradverify.review.ReviewTransition;
import com.gradverify.shared.ConflictException;

import org.hibernate.annotations.ColumnTransformer;

import org.springframework.beans.PropertyAccessorFactory;

/**
 * A student's 实名认证 application: the form, its binding to a registry record and its comparison
 * with that record, on top of the review every {@link ReviewedApplication} has (its transitions
 * check the current status and fail with a 409 otherwise; a second concurrent writer fails).
 */
@Entity
@Table(name = "verification_application")
@EntityListeners(VerificationReviewItems.class)
class VerificationApplication extends ReviewedApplication {

	private Long registryRecordId;

	@Embedded
	private VerificationForm form = new VerificationForm();

	/** Values typed into the draft that could not be read as their type, as typed (see {@link DraftText}). */
	@Convert(converter = DraftText.Json.class)
	@ColumnTransformer(write = "cast(? as jsonb)")
	@Column(columnDefinition = "jsonb")
	private Map<String, String> draftText = new LinkedHashMap<>();

	private Long originEvidenceId;

	private int mismatchCount;

	private int notComparedCount;

	/** How many registry-held fields beyond the key ones the student changed (已修改); null until counted. */
	private Integer changedCount;

	private boolean registryChanged;

	protected VerificationApplication() {
	}

	private VerificationApplication(long accountId, Long collegeId, int graduationYear) {
		super(accountId, collegeId, graduationYear);
	}

	static VerificationApplication open(long accountId, String studentNo, int graduationYear, Long collegeId) {
		var application = new VerificationApplication(accountId, collegeId, graduationYear);
		application.form.setStudentNo(studentNo);
		application.compareWith(null);
		return application;
	}

	/** Binds to a registry record and pre-fills the form from it; what the student typed elsewhere stays. */
	void bind(RegistryEntry entry, String mobile) {
		requireEditable();
		moveBinding(entry.id(), VerificationBindingReleased.By.STUDENT);
		RegistryPrefill.apply(entry, form);
		form.setMobile(mobile);
		// a value the registry now supplies replaces what could not be read
		var prefilled = PropertyAccessorFactory.forBeanPropertyAccess(form);
		draftText.keySet().removeIf(property -> prefilled.getPropertyValue(property) != null);
		touch();
		compareWith(entry);
	}

	/** No registry record matched: the student fills every field by hand and reviewers see it is unbound. */
	void continueUnbound(String name, String idCard, String educationCode, String mobile) {
		requireEditable();
		moveBinding(null, VerificationBindingReleased.By.STUDENT);
		form.setName(name);
		form.setIdCard(idCard);
		form.setEducationCode(educationCode);
		form.setMobile(mobile);
		touch();
		compareWith(null);
	}

	/**
	 * Replaces the form with what the student entered, keeping what only binding sets: 学号 and the
	 * 身份证号, the bound record's or, unbound, the account's. The 联系电话 is the student's to change
	 * (the WeChat binding asks for none); left empty it stays what it was.
	 */
	void saveDraft(VerificationForm input, RegistryEntry entry, String accountIdCard) {
		saveDraft(input, Map.of(), entry, accountIdCard);
	}

	/**
	 * As {@link #saveDraft(VerificationForm, RegistryEntry, String)}, keeping also the values that
	 * could not be read as their type ({@code unreadable}: property to the text as typed); their
	 * typed fields stay empty until the student corrects them.
	 */
	void saveDraft(VerificationForm input, Map<String, String> unreadable, RegistryEntry entry, String accountIdCard) {
		requireEditable();
		draftText = new LinkedHashMap<>(unreadable);
		VerificationForm next = input.normalised();
		next.setStudentNo(form.getStudentNo());
		if (next.getMobile() == null) {
			next.setMobile(form.getMobile());
		}
		next.setIdCard(isBound() ? form.getIdCard() : accountIdCard);
		form = next;
		touch();
		compareWith(entry);
	}

	/**
	 * An administrator released a binding to another graduate's record: nothing copied from that
	 * record may stay, so whatever its status the application starts again as an empty draft.
	 */
	void releaseBinding() {
		moveBinding(null, VerificationBindingReleased.By.ADMINISTRATOR);
		VerificationForm empty = new VerificationForm();
		empty.setStudentNo(form.getStudentNo());
		form = empty;
		draftText = new LinkedHashMap<>();
		originEvidenceId = null;
		registryChanged = false;
		compareWith(null);
		ReviewTransition restarted = review().restart();
		if (restarted.from() == restarted.to()) {
			touch();
		}
		else {
			moved(restarted);
		}
	}

	void attachOriginEvidence(Long evidenceId) {
		requireEditable();
		originEvidenceId = evidenceId;
		touch();
	}

	void submit(RegistryEntry entry) {
		requireEditable();
		compareWith(entry);
		registryChanged = false;
		moved(review().submit());
	}

	/** The registry record changed under the application (an approved change request or a re-import): compare again. */
	void registryCorrected(RegistryEntry entry) {
		compareWith(entry);
		if (!review().isEditable()) {
			registryChanged = true;
		}
		touch();
	}

	Comparison compareWith(RegistryEntry entry) {
		Comparison comparison = Comparison.of(form, entry);
		mismatchCount = comparison.count(ComparisonStatus.MISMATCH);
		notComparedCount = comparison.count(ComparisonStatus.NOT_COMPARED);
		changedCount = RegistryChanges.of(form, entry).count();
		return comparison;
	}

	/** Binds to {@code next} (or to nothing), telling other modules when a record is left for another. */
	private void moveBinding(Long next, VerificationBindingReleased.By by) {
		if (registryRecordId != null && !registryRecordId.equals(next)) {
			registerEvent(new VerificationBindingReleased(getId(), getAccountId(), registryRecordId, by));
		}
		registryRecordId = next;
	}

	@Override
	public String reviewKind() {
		return VerificationKind.NAME;
	}

	private void requireEditable() {
		if (!review().isEditable()) {
			throw new ConflictException("verification.notEditable", getStatus());
		}
	}

	boolean isBound() {
		return registryRecordId != null;
	}

	Long getRegistryRecordId() { return registryRecordId; }
	ReviewState getStatus() { return getReviewState(); }
	VerificationForm getForm() {
		// JPA hands back a null embeddable when every column is null
		return form == null ? new VerificationForm() : form.copy();
	}
	Map<String, String> getDraftText() {
		return draftText == null ? Map.of() : Map.copyOf(draftText);
	}
	Long getOriginEvidenceId() { return originEvidenceId; }
	int getMismatchCount() { return mismatchCount; }
	int getNotComparedCount() { return notComparedCount; }
	int getChangedCount() { return changedCount == null ? 0 : changedCount; }
	boolean isRegistryChanged() { return registryChanged; }
}
