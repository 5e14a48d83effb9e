package com.gradverify.agreement;

import java.io.InputStream;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;

import com.gradverify.account.AccountLookup;
import com.gradverify.account.SignedInAccount;
import com.gradverify.review.ReviewHistory;

import org.springframework.transaction.annotation.Transactional;

/**
 * The graduate's steps on one of their 协议 or 违约 applications, the same for both kinds: every call
 * first asks the {@link com.gradverify.verification.VerifiedGate} (an unverified graduate gets its
 * {@code VerificationRequiredException}), then acts on the graduate's own application only — anyone
 * else's id is not found. A kind adds how it is created and listed, and how its form is read,
 * cleaned by its rules and shown.
 */
public abstract class StudentApplications<A extends TwoLevelApplication, F, V extends ApplicationView> {

	final ApplicationWorkflow<A> workflow;

	final ReviewHistory reviews;

	final AccountLookup accounts;

	private final Function<A, F> form;

	private final BiConsumer<A, F> edit;

	private final BiFunction<F, Boolean, F> clean;

	private final ObjLongConsumer<A> attach;

	/**
	 * {@code form} reads the application's form and {@code edit} replaces it; {@code clean} is the kind's
	 * rules (true: as for submission); {@code attach} puts a stored evidence file's id on the application.
	 */
	StudentApplications(ApplicationWorkflow<A> workflow, Function<A, F> form, BiConsumer<A, F> edit,
			BiFunction<F, Boolean, F> clean, ObjLongConsumer<A> attach, ReviewHistory reviews, AccountLookup accounts) {
		this.workflow = workflow;
		this.form = form;
		this.edit = edit;
		this.clean = clean;
		this.attach = attach;
		this.reviews = reviews;
		this.accounts = accounts;
	}

	abstract V view(A application);

	/** A new draft's form as the rules leave it: present values must be valid, missing ones may wait. */
	F draft(F typed) {
		return clean.apply(typed, false);
	}

	/** The graduate's applications of this kind, newest first. */
	@Transactional(readOnly = true)
	public List<V> applications(SignedInAccount student) {
		return workflow.own(student).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public V application(SignedInAccount student, long id) {
		return view(workflow.own(student, id));
	}

	/** Saves the draft (or a rejected application) based on {@code version}. */
	@Transactional
	public V save(SignedInAccount student, long id, F form, Long version) {
		return view(workflow.save(student, id, version, a -> edit.accept(a, draft(form))));
	}

	/** Stores the application's evidence file (evidence rules apply) in place of any earlier one. */
	@Transactional
	public V attachEvidence(SignedInAccount student, long id, String fileName, InputStream content) {
		return view(workflow.attach(student, id, fileName, content, attach));
	}

	/** Submits for the college's review: the form must be complete and the file attached; the file is then locked. */
	@Transactional
	public V submit(SignedInAccount student, long id, Long version) {
		return view(workflow.submit(student, id, version, a -> edit.accept(a, clean.apply(form.apply(a), true))));
	}

	/** Takes a submission back to draft, possible only before the college has acted. */
	@Transactional
	public V withdraw(SignedInAccount student, long id, Long version) {
		return view(workflow.withdraw(student, id, version));
	}
}
