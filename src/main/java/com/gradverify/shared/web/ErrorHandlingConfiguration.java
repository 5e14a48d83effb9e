package com.gradverify.shared.web;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replaces Spring Boot's error controller with {@link ErrorPages} (problem+json under the API). */
@Configuration(proxyBeanMethods = false)
class ErrorHandlingConfiguration {

	@Bean
	ErrorPages errorPages(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers, MessageSource messages, JsonMapper json) {
		return new ErrorPages(errorAttributes, web, resolvers.orderedStream().toList(), messages, json);
	}
}
