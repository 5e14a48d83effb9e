package com.gradverify.verification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.gradverify.registry.RegistryEntry;
import com.gradverify.review.CollegeMovable;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewState;
import com.gradverify.review.ReviewStateChanged;
import com.gradverify.review.ReviewTransition;
import com.gradverify.review.TwoLevelReview;
import com.gradverify.shared.ConflictException;

import org.hibernate.annotations.ColumnTransformer;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A student's 实名认证 application: the form, its binding to a registry record, and the review
 * state machine. Every transition checks the current status and fails with a 409 otherwise;
 * {@code @Version} makes a second concurrent writer fail instead of overwriting the first.
 */
@Entity
@Table(name = "verification_application")
@EntityListeners(VerificationReviewItems.class)
class VerificationApplication extends AbstractAggregateRoot<VerificationApplication> implements CollegeMovable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private Long registryRecordId;

	private int graduationYear;

	private Long collegeId;

	@Embedded
	private TwoLevelReview review = new TwoLevelReview();

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

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected VerificationApplication() {
	}

	static VerificationApplication open(long accountId, String studentNo, int graduationYear, Long collegeId) {
		var application = new VerificationApplication();
		application.accountId = accountId;
		application.graduationYear = graduationYear;
		application.collegeId = collegeId;
		application.form.setStudentNo(studentNo);
		application.updatedAt = Instant.now();
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

	/** Takes a submission back to draft, possible only before the college has acted. */
	void withdraw() {
		moved(review().withdraw());
	}

	/** A reviewer's decision at their level (the review's rules say which are legal). */
	void decide(ReviewLevel level, Decision decision) {
		moved(review().decide(level, decision));
	}

	/**
	 * The student now belongs to another college (null: none). An application no college has decided
	 * yet (a draft, one waiting for the college, or a rejected one the student will submit again)
	 * follows them to that college's queue; a decided one keeps the college that decided it. A move
	 * raises the version, so that a save from a form loaded before it fails as stale.
	 *
	 * @return whether the application moved
	 */
	@Override
	public boolean moveToCollege(Long nextCollegeId) {
		if (!review().isUndecided() || Objects.equals(collegeId, nextCollegeId)) {
			return false;
		}
		collegeId = nextCollegeId;
		touch();
		return true;
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
			registerEvent(new VerificationBindingReleased(id, accountId, registryRecordId, by));
		}
		registryRecordId = next;
	}

	private void moved(ReviewTransition transition) {
		touch();
		registerEvent(new ReviewStateChanged(VerificationKind.NAME, id, accountId, transition));
	}

	private TwoLevelReview review() {
		// JPA hands back a null embeddable when every column is null
		if (review == null) {
			review = new TwoLevelReview();
		}
		return review;
	}

	private void requireEditable() {
		if (!review().isEditable()) {
			throw new ConflictException("verification.notEditable", getStatus());
		}
	}

	private void touch() {
		updatedAt = Instant.now();
	}

	boolean isBound() {
		return registryRecordId != null;
	}

	@Override
	public Long getId() { return id; }
	@Override
	public long getAccountId() { return accountId; }
	Long getRegistryRecordId() { return registryRecordId; }
	int getGraduationYear() { return graduationYear; }
	@Override
	public Long getCollegeId() { return collegeId; }
	ReviewState getStatus() { return review().state(); }
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
	Instant getSubmittedAt() { return review().submittedAt(); }
	Instant getDecidedAt() { return review().decidedAt(); }
	Instant getUpdatedAt() { return updatedAt; }
	long getVersion() { return version; }
}
