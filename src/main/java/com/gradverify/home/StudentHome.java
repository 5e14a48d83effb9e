package com.gradverify.home;

import java.util.List;
import java.util.Optional;

import com.gradverify.account.SignedInAccount;
import com.gradverify.agreement.AgreementService;
import com.gradverify.agreement.AgreementView;
import com.gradverify.agreement.ApplicationState;
import com.gradverify.agreement.BreachService;
import com.gradverify.agreement.BreachView;
import com.gradverify.amendment.AmendmentService;
import com.gradverify.amendment.AmendmentView;
import com.gradverify.review.ReviewState;
import com.gradverify.verification.VerificationService;
import com.gradverify.verification.VerificationView;
import com.gradverify.verification.VerifiedGate;

import org.springframework.stereotype.Component;

/**
 * Where a student's procedures stand, each read through its module's public service, and the one
 * thing to do next: bind, complete or correct the 实名认证, file a 申请异动 for a 不匹配 field, wait
 * for the review, then the 协议 and, if needed, the 违约.
 */
@Component
class StudentHome {

	private final VerificationService verification;

	private final VerifiedGate gate;

	private final AmendmentService amendments;

	private final AgreementService agreements;

	private final BreachService breaches;

	StudentHome(VerificationService verification, VerifiedGate gate, AmendmentService amendments,
			AgreementService agreements, BreachService breaches) {
		this.verification = verification;
		this.gate = gate;
		this.amendments = amendments;
		this.agreements = agreements;
		this.breaches = breaches;
	}

	/** A procedure's state as the home page shows it: a message code, a tone for its badge, and its page. */
	record Item(String name, String stateCode, Tone tone, String href) {
	}

	/** The badge's colour: done, waiting for someone else, the student's turn, refused, not open yet. */
	enum Tone {
		OK, INFO, WARN, DANGER, MUTED
	}

	/** The button under the states: what to do now, and where. */
	record Next(String code, String href) {
	}

	/** {@code collecting}: the student may still submit or withdraw, so the 采集批次's window concerns them. */
	record Home(List<Item> items, Next next, boolean collecting) {
	}

	Home of(SignedInAccount student) {
		VerificationView application = verification.view(student);
		boolean needsBinding = !application.bound() && application.form().getIdCard() == null;
		List<AmendmentView> requests = amendments.mine(student);
		Optional<AmendmentView> latestRequest = requests.stream().findFirst();
		boolean openRequest = requests.stream().anyMatch(r -> r.status().isOpen());
		boolean requestToFinish = requests.stream().anyMatch(r -> r.status().isEditable());
		boolean verified = gate.isVerified(student.id());
		Optional<AgreementView> agreement = verified
				? agreements.applications(student).stream().filter(a -> a.status() != ApplicationState.TERMINATED).findFirst()
				: Optional.empty();
		Optional<BreachView> breach = verified ? breaches.applications(student).stream().findFirst() : Optional.empty();

		var items = List.of(
				new Item("verification", needsBinding ? "home.verification.unbound" : "status." + application.status(),
						needsBinding ? Tone.WARN : tone(application.status()), "/verification"),
				latestRequest.map(r -> new Item("amendment", "amendment.status." + r.status(), tone(r), "/verification/amendments"))
					.orElse(new Item("amendment", "home.amendment.none", Tone.MUTED, "/verification/amendments")),
				verified ? agreement.map(a -> new Item("agreement", "agreement.status." + a.status(), tone(a.status()), "/agreements"))
					.orElse(new Item("agreement", "home.agreement.none", Tone.MUTED, "/agreements"))
						: new Item("agreement", "home.locked", Tone.MUTED, "/agreements"),
				verified ? breach.map(b -> new Item("breach", "agreement.status." + b.status(), tone(b.status()), "/breaches"))
					.orElse(new Item("breach", "home.breach.none", Tone.MUTED, "/breaches"))
						: new Item("breach", "home.locked", Tone.MUTED, "/breaches"));
		return new Home(items, next(application, needsBinding, openRequest, requestToFinish, agreement, breach),
				application.status().isUndecided());
	}

	private static Next next(VerificationView application, boolean needsBinding, boolean openRequest,
			boolean requestToFinish, Optional<AgreementView> agreement, Optional<BreachView> breach) {
		if (needsBinding) {
			return new Next("home.next.bind", "/verification");
		}
		ReviewState status = application.status();
		if (status == ReviewState.REJECTED) {
			return new Next("home.next.rejected", "/verification");
		}
		if (application.bound() && application.mismatchCount() > 0 && !openRequest && status != ReviewState.APPROVED) {
			return new Next("home.next.amend", "/verification/amendments");
		}
		if (status == ReviewState.DRAFT) {
			return new Next("home.next.complete", "/verification");
		}
		if (requestToFinish) {
			// a 申请异动 saved or sent back but not (re)submitted: the school cannot decide on it yet
			return new Next("home.next.amendContinue", "/verification/amendments");
		}
		if (status != ReviewState.APPROVED) {
			return new Next("home.next.waitVerification", "/verification#verification-results");
		}
		if (breach.isPresent() && breach.get().status().isEditable()) {
			return new Next("home.next.breachContinue", "/breaches");
		}
		if (agreement.isEmpty()) {
			return new Next("home.next.agreement", "/agreements");
		}
		return switch (agreement.get().status()) {
			case DRAFT, REJECTED -> new Next("home.next.agreementContinue", "/agreements");
			case SUBMITTED, COLLEGE_APPROVED -> new Next("home.next.waitAgreement", "/agreements");
			default -> new Next("home.next.done", "/agreements");
		};
	}

	private static Tone tone(ReviewState status) {
		return switch (status) {
			case APPROVED -> Tone.OK;
			case REJECTED -> Tone.DANGER;
			case DRAFT -> Tone.WARN;
			case SUBMITTED, COLLEGE_APPROVED -> Tone.INFO;
		};
	}

	private static Tone tone(AmendmentView request) {
		return switch (request.status()) {
			case APPROVED -> Tone.OK;
			case REJECTED -> Tone.DANGER;
			case DRAFT -> Tone.WARN;
			case SUBMITTED -> Tone.INFO;
			case CLOSED -> Tone.MUTED;
		};
	}

	private static Tone tone(ApplicationState state) {
		return switch (state) {
			case APPROVED -> Tone.OK;
			case REJECTED -> Tone.DANGER;
			case DRAFT -> Tone.WARN;
			case SUBMITTED, COLLEGE_APPROVED -> Tone.INFO;
			case TERMINATED -> Tone.MUTED;
		};
	}
}
