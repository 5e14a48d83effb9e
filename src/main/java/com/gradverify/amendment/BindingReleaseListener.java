package com.gradverify.amendment;

import java.util.Map;

import com.gradverify.audit.AuditTrail;
import com.gradverify.verification.VerificationBindingReleased;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes the student's open change requests for a registry record when their application stops
 * being bound to it, in the transaction that ends the binding: a request filed from a binding that
 * was not the student's (or that they gave up) must never correct that record.
 */
@Component
class BindingReleaseListener {

	private static final String ACTOR = "system";

	private final AmendmentRequests requests;

	private final AuditTrail audit;

	BindingReleaseListener(AmendmentRequests requests, AuditTrail audit) {
		this.requests = requests;
		this.audit = audit;
	}

	@EventListener
	void on(VerificationBindingReleased released) {
		ClosureReason reason = released.releasedBy() == VerificationBindingReleased.By.ADMINISTRATOR
				? ClosureReason.BINDING_RELEASED : ClosureReason.BINDING_CHANGED;
		for (AmendmentRequest request : requests.findByApplicationIdAndRegistryRecordIdAndStatusIn(
				released.applicationId(), released.registryRecordId(), AmendmentStatus.open())) {
			request.close(reason);
			requests.saveAndFlush(request);
			audit.record(ACTOR, "amendment.closed", AmendmentService.SUBJECT, request.getId().toString(),
					Map.of("reason", reason.name(), "applicationId", released.applicationId(), "registryRecordId",
							released.registryRecordId()));
		}
	}
}
