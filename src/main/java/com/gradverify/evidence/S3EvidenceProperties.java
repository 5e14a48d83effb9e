package com.gradverify.evidence;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The S3-compatible object store that keeps evidence when {@code gradverify.evidence.storage=s3}
 * ({@code gradverify.evidence.s3.*}), so that every node of a cluster reads what any node wrote.
 * @param endpoint the store's address, e.g. {@code https://s3.example.edu.cn}; none means AWS itself
 * @param region the signing region (MinIO, Ceph and S3Proxy accept any, {@code us-east-1} by default)
 * @param bucket the bucket, which must exist; objects are named {@code evidence/<sha256>}
 * @param accessKey the access key id
 * @param secretKey the secret access key (never logged)
 * @param pathStyle address the bucket in the path ({@code endpoint/bucket/key}), as most
 * self-hosted stores need, instead of as a host name ({@code bucket.endpoint/key})
 */
@ConfigurationProperties("gradverify.evidence.s3")
record S3EvidenceProperties(URI endpoint, @DefaultValue("us-east-1") String region, String bucket,
		String accessKey, String secretKey, @DefaultValue("true") boolean pathStyle) {

	@Override
	public String toString() {
		return "S3EvidenceProperties[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket
				+ ", pathStyle=" + pathStyle + "]";
	}
}
