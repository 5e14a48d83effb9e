package com.gradverify.verification.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.verification.VerificationForm;
import com.gradverify.verification.VerificationView;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The form as typed, pages and API alike: what could not be read as its type (学制 四年) is kept as
 * text, so that 保存 loses nothing; and the other way, a saved draft's problems as field errors that
 * show each value as typed with its message.
 */
@Component
class DraftInput {

	static final String FORM = "form";

	private final ConversionService conversions;

	DraftInput(@Qualifier("mvcConversionService") ConversionService mvcConversionService) {
		this.conversions = mvcConversionService;
	}

	/** A JSON client's form, bound as the page binds one (dates as 2023-09-01), with its binding failures. */
	BindingResult bind(Map<String, Object> values) {
		var form = new VerificationForm();
		var binder = new DataBinder(form, FORM);
		binder.setConversionService(conversions);
		var properties = new MutablePropertyValues();
		if (values != null) {
			values.forEach((name, value) -> properties.add(name, value == null ? null : String.valueOf(value)));
		}
		binder.bind(properties);
		return binder.getBindingResult();
	}

	/** The text of every value that could not be read as its type, by property. */
	static Map<String, String> unreadable(BindingResult typed) {
		var unreadable = new LinkedHashMap<String, String>();
		for (FieldError error : typed.getFieldErrors()) {
			if (error.isBindingFailure()) {
				Object value = error.getRejectedValue();
				String text = value instanceof String[] many ? String.join(",", many) : String.valueOf(value);
				unreadable.put(error.getField(), text);
			}
		}
		return unreadable;
	}

	/**
	 * {@code violations} as the errors of {@code view}'s form: each at its field, showing the value as
	 * typed (the draft's text where it could not be read as its type).
	 */
	static BindingResult errors(VerificationView view, VerificationForm form, List<Violation> violations) {
		var errors = new BeanPropertyBindingResult(form, FORM);
		for (Violation violation : violations) {
			String[] codes = { violation.code() };
			if (violation.field() == null) {
				errors.addError(new ObjectError(FORM, codes, violation.args(), violation.code()));
				continue;
			}
			String text = view.draftText().get(violation.field());
			Object rejected = text != null ? text : errors.getRawFieldValue(violation.field());
			// text is shown as typed; a typed value is formatted as its field formats it
			errors.addError(new FieldError(FORM, violation.field(), rejected, text != null, codes, violation.args(),
					violation.code()));
		}
		return errors;
	}
}
