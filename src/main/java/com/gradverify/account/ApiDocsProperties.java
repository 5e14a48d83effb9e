package com.gradverify.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read the OpenAPI document and Swagger UI ({@code gradverify.api-docs.*}).
 *
 * @param anonymous whether visitors who have not signed in may; otherwise they are for signed-in
 * staff, since they map every endpoint. The demo profile opens them.
 */
@ConfigurationProperties("gradverify.api-docs")
record ApiDocsProperties(@DefaultValue("false") boolean anonymous) {
}
