package com.gradverify.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts a {@link LayoutData} into every request that reaches a handler, error pages and pages answered
 * by exception handlers included, before the handler runs; it costs nothing until a template reads it.
 */
@Configuration(proxyBeanMethods = false)
class LayoutDataConfiguration implements WebMvcConfigurer {

	private final List<LayoutPart<?>> parts;

	private final ObjectProvider<PlatformTransactionManager> transactions;

	LayoutDataConfiguration(List<LayoutPart<?>> parts, ObjectProvider<PlatformTransactionManager> transactions) {
		this.parts = List.copyOf(parts);
		this.transactions = transactions;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				var readOnly = new TransactionTemplate(transactions.getObject());
				readOnly.setReadOnly(true);
				request.setAttribute(LayoutData.ATTRIBUTE, new LayoutData(parts, readOnly));
				return true;
			}
		});
	}
}
