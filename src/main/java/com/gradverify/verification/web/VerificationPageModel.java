package com.gradverify.verification.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.reference.ReferenceData.CodeEntry;
import com.gradverify.reference.ReferenceData.OriginPlace;
import com.gradverify.verification.FieldComparison;
import com.gradverify.verification.FormFields;
import com.gradverify.verification.KeyField;
import com.gradverify.verification.OpenRejection;
import com.gradverify.review.ReviewRecord;
import com.gradverify.verification.OriginEvidenceUploads;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.verification.VerificationView;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the form page needs besides the form: code lists, mark texts, place names. */
@Component
class VerificationPageModel {

	private final ReferenceData reference;

	private final OriginEvidenceUploads originEvidence;

	private final EvidenceFiles evidence;

	VerificationPageModel(ReferenceData reference, OriginEvidenceUploads originEvidence, EvidenceFiles evidence) {
		this.reference = reference;
		this.originEvidence = originEvidence;
		this.evidence = evidence;
	}

	void addTo(Model model, VerificationView view) {
		Map<String, List<CodeEntry>> codes = new HashMap<>();
		for (CodeTable table : CodeTable.values()) {
			codes.put(table.name(), reference.entries(table));
		}
		model.addAttribute("codes", codes);
		model.addAttribute("formSections", FormFields.Section.values());
		model.addAttribute("view", view);
		model.addAttribute("marks", view.comparison());
		model.addAttribute("registryDisplay", registryDisplay(view));
		// a historical code (the registry's 110228 密云县) is shown as it was, with what it is now
		OriginPlace originPlace = view.form().getOriginPlaceCode() == null ? null
				: reference.originPlace(view.form().getOriginPlaceCode()).orElse(null);
		model.addAttribute("originPlace", originPlace);
		model.addAttribute("originPlaceName", originPlace == null ? null : originPlace.name());
		List<ReviewRecord> reviews = view.reviews();
		model.addAttribute("reviews", reviews);
		// the reason at the top of the page and the fields it points at, until the student resubmits
		ReviewRecord rejection = OpenRejection.of(view.status(), reviews).orElse(null);
		model.addAttribute("rejection", rejection);
		model.addAttribute("flaggedFields", rejection == null ? Set.of() : Set.copyOf(rejection.fields()));
		model.addAttribute("originEvidence", originEvidence.current(view));
		model.addAttribute("evidenceMaxMb", evidence.maxSizeMegabytes());
		model.addAttribute("evidenceMaxBytes", evidence.maxSizeBytes());
		model.addAttribute("menu", "verification");
	}

	/** The registry's values as a person reads them: 汉族 rather than 01, 湖南省岳阳县 rather than 430621. */
	private Map<String, String> registryDisplay(VerificationView view) {
		var display = new HashMap<String, String>();
		for (KeyField field : KeyField.values()) {
			FieldComparison comparison = view.comparison().get(field.property());
			String value = comparison == null ? null : comparison.registryValue();
			if (value == null) {
				continue;
			}
			String readable = field.nameOf(value, reference).map(name -> name + "（" + value + "）").orElse(value);
			display.put(field.property(), readable);
		}
		return display;
	}
}
