package com.gradverify.agreement;

import java.util.List;

import com.gradverify.verification.Applicants;
import com.gradverify.reference.CodeTable;

import org.springframework.stereotype.Component;

/** 协议申请 as the review module sees them. */
@Component
class AgreementReviews extends ApplicationReviews<AgreementApplication, AgreementView> {

	static final String KIND = "AGREEMENT";

	private final CodeTexts codes;

	AgreementReviews(AgreementApplications agreements, AgreementService service, Applicants applicants,
			CodeTexts codes) {
		super(KIND, agreements, service, applicants);
		this.codes = codes;
	}

	@Override
	List<DetailRow> rows(AgreementApplication application, AgreementView view) {
		AgreementForm f = view.form();
		return List.of(CodeTexts.text("employer", "employerName", f.getEmployerName()),
				CodeTexts.text("employer", "creditCode", f.getCreditCode()),
				codes.code("employer", "employerNatureCode", CodeTable.EMPLOYER_NATURE, f.getEmployerNatureCode()),
				codes.code("employer", "industryCode", CodeTable.INDUSTRY, f.getIndustryCode()),
				codes.division("employer", "employerDivisionCode", f.getEmployerDivisionCode()),
				CodeTexts.text("employer", "contactPerson", f.getContactPerson()),
				CodeTexts.text("employer", "contactPhone", f.getContactPhone()),
				CodeTexts.text("agreement", "position", f.getPosition()),
				CodeTexts.text("agreement", "agreementNo", f.getAgreementNo()),
				CodeTexts.date("agreement", "signedOn", f.getSignedOn()),
				codes.code("agreement", "destinationCode", CodeTable.DESTINATION, f.getDestinationCode()));
	}
}
