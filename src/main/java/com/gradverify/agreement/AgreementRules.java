package com.gradverify.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.shared.HalfWidth;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.shared.MobileNumber;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.stereotype.Component;

/**
 * Checks a 协议 or 违约 form: a draft may be incomplete but what it holds must be valid; a
 * submission needs every field. Each problem is tied to its field so the form shows it there.
 */
@Component
class AgreementRules {

	/** A landline as employers write it: area code, optional dash, 7–8 digits, optional extension. */
	private static final Pattern LANDLINE = Pattern.compile("0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?");

	private final ReferenceData reference;

	AgreementRules(ReferenceData reference) {
		this.reference = reference;
	}

	/** The form cleaned (trimmed, half-width, credit code upper-case); refuses what is invalid. */
	AgreementForm clean(AgreementForm input, boolean forSubmission) {
		var v = new ArrayList<Violation>();
		var form = new AgreementForm();
		form.setEmployerName(text(v, "employerName", input.getEmployerName(), 200, forSubmission));
		form.setPosition(text(v, "position", input.getPosition(), 100, forSubmission));
		form.setContactPerson(text(v, "contactPerson", input.getContactPerson(), 50, forSubmission));
		form.setAgreementNo(text(v, "agreementNo", input.getAgreementNo(), 50, forSubmission));
		form.setCreditCode(value(v, "creditCode", input.getCreditCode(), forSubmission,
				c -> UnifiedSocialCreditCode.of(c).value()));
		form.setContactPhone(value(v, "contactPhone", input.getContactPhone(), forSubmission, AgreementRules::phone));
		form.setEmployerNatureCode(code(v, "employerNatureCode", CodeTable.EMPLOYER_NATURE,
				input.getEmployerNatureCode(), forSubmission));
		form.setIndustryCode(code(v, "industryCode", CodeTable.INDUSTRY, input.getIndustryCode(), forSubmission));
		form.setDestinationCode(code(v, "destinationCode", CodeTable.DESTINATION, input.getDestinationCode(),
				forSubmission));
		form.setEmployerDivisionCode(value(v, "employerDivisionCode", input.getEmployerDivisionCode(), forSubmission,
				this::division));
		form.setSignedOn(input.getSignedOn());
		if (input.getSignedOn() == null && forSubmission) {
			v.add(new Violation("signedOn", "agreement.required"));
		}
		if (input.getSignedOn() != null && input.getSignedOn().isAfter(LocalDate.now())) {
			v.add(new Violation("signedOn", "agreement.signedOn.future"));
		}
		if (!v.isEmpty()) {
			throw new RuleViolationException(v);
		}
		return form;
	}

	BreachForm clean(BreachForm input, boolean forSubmission) {
		var v = new ArrayList<Violation>();
		var form = new BreachForm();
		form.setReason(text(v, "reason", input.getReason(), 500, forSubmission));
		form.setNewEmployerName(text(v, "newEmployerName", input.getNewEmployerName(), 200, false));
		if (!v.isEmpty()) {
			throw new RuleViolationException(v);
		}
		return form;
	}

	private static String text(List<Violation> v, String field, String input, int max, boolean required) {
		String value = blankToNull(input);
		if (value == null) {
			if (required) {
				v.add(new Violation(field, "agreement.required"));
			}
			return null;
		}
		if (value.length() > max) {
			v.add(new Violation(field, "agreement.tooLong", max));
		}
		return value;
	}

	private static String value(List<Violation> v, String field, String input, boolean required,
			Function<String, String> parse) {
		// identifiers and codes compare half-width; names keep their full-width brackets
		String value = blankToNull(HalfWidth.normalize(input));
		if (value == null) {
			if (required) {
				v.add(new Violation(field, "agreement.required"));
			}
			return null;
		}
		try {
			return parse.apply(value);
		}
		catch (InvalidValueException ex) {
			v.add(new Violation(field, ex.messageCode()));
			return value;
		}
	}

	private String code(List<Violation> v, String field, CodeTable table, String input, boolean required) {
		return value(v, field, input, required, code -> {
			if (!reference.isValidCode(table, code)) {
				throw new InvalidValueException("agreement.code.unknown");
			}
			return code;
		});
	}

	/** A county-level division (6 digits), as the 生源地 and employer location are given. */
	private String division(String code) {
		if (!code.matches("[0-9]{6}") || !reference.divisionExists(code)) {
			throw new InvalidValueException("agreement.division.unknown");
		}
		return code;
	}

	private static String phone(String text) {
		String compact = HalfWidth.normalize(text).replaceAll("\\s", "");
		if (MobileNumber.isValid(compact)) {
			return MobileNumber.of(compact).value();
		}
		if (LANDLINE.matcher(compact).matches()) {
			return compact;
		}
		throw new InvalidValueException("agreement.contactPhone.format");
	}

	private static String blankToNull(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		return value.isEmpty() ? null : value;
	}
}
