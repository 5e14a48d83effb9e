package com.gradverify.verification.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;

import com.gradverify.verification.FormFields;
import com.gradverify.verification.FormFields.Section;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI schema of an application's {@code sections}, written from the form's declaration
 * ({@link FormFields}): each section an object with every field under its name, typed (text,
 * yyyy-MM-dd, a number, true/false) and described by its Chinese label and, for a coded field, its
 * code table. Clients learn a new field from here without anyone editing the API's types.
 */
@Configuration(proxyBeanMethods = false)
class FormSectionsSchema {

	static final String NAME = "VerificationSections";

	@Bean
	OpenApiCustomizer verificationSectionsSchema(MessageSource messages) {
		return openApi -> {
			if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
				return;
			}
			Schema<?> sections = openApi.getComponents().getSchemas().get(NAME);
			if (sections == null) {
				return;
			}
			for (Section section : Section.values()) {
				var schema = typed(new Schema<>(), "object")
					.description(messages.getMessage("section." + section.key(), null, Locale.SIMPLIFIED_CHINESE));
				section.fields().forEach(field -> schema.addProperty(field.property(), property(field, messages)));
				sections.addProperty(section.key(), schema);
			}
		};
	}

	private static Schema<?> property(FormFields field, MessageSource messages) {
		Schema<Object> schema = new Schema<>();
		if (field.type() == LocalDate.class) {
			typed(schema, "string").format("date");
		}
		else if (field.type() == BigDecimal.class) {
			typed(schema, "number");
		}
		else if (field.type() == Boolean.class) {
			typed(schema, "boolean");
		}
		else {
			typed(schema, "string");
		}
		String label = messages.getMessage(field.messageKey(), null, Locale.SIMPLIFIED_CHINESE);
		return schema.description(field.codeTable() == null ? label
				: label + " (code of /api/v1/reference/codes/" + field.codeTable().name() + ")");
	}

	/** The type as OpenAPI 3.0 and 3.1 each write it. */
	private static <T> Schema<T> typed(Schema<T> schema, String type) {
		schema.setType(type);
		schema.setTypes(Set.of(type));
		return schema;
	}
}
