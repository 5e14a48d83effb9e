package com.gradverify.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON text values may not carry NUL (U+0000): PostgreSQL cannot store it in text, so a request
 * with one is unreadable input (a 400 problem) rather than a database error later.
 */
@Configuration(proxyBeanMethods = false)
class NulFreeStrings {

	@Bean
	JacksonModule nulFreeStringsModule() {
		return new SimpleModule("nul-free-strings").addDeserializer(String.class, new NulFreeStringDeserializer());
	}

	static final class NulFreeStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null && value.indexOf('\0') >= 0) {
				return (String) context.handleWeirdStringValue(String.class, value, "NUL (U+0000) is not accepted");
			}
			return value;
		}
	}
}
