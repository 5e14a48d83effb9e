package com.gradverify.account;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's header. {@link SignedInAccount} is resolved from the security context,
 * never from the request, so it must not appear as a request parameter in the document.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(SignedInAccount.class);
	}

	@Bean
	OpenAPI gradVerifyOpenApi() {
		return new OpenAPI().info(new Info().title("GradVerify API")
			.version("v1")
			.description("毕业生生源信息实名认证. Authenticate with POST /api/v1/auth/token, then send "
					+ "Authorization: Bearer <token>. Errors are application/problem+json with a stable `code` "
					+ "and, for input problems, `errors[{field, code, message}]`."))
			.components(new Components())
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
