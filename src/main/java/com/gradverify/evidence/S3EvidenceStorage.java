package com.gradverify.evidence;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Keeps each content as the object {@code evidence/<sha256>} of an S3-compatible bucket, for more
 * than one node on one database (selected with {@code gradverify.evidence.storage=s3}). An object
 * is written whole by one PUT, so readers never see half of it; only validated hex hashes become
 * keys, so nothing a client sends names an object. SDK failures surface as {@link IOException}s,
 * like the filesystem's, and a missing object as {@link FileNotFoundException}.
 */
@Component
@ConditionalOnProperty(name = "gradverify.evidence.storage", havingValue = "s3")
class S3EvidenceStorage implements EvidenceStorage, AutoCloseable {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final S3Client s3;

	private final String bucket;

	S3EvidenceStorage(S3EvidenceProperties properties) {
		if (properties.bucket() == null || properties.bucket().isBlank()) {
			throw new IllegalStateException("gradverify.evidence.s3.bucket is required with gradverify.evidence.storage=s3");
		}
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(properties.region()))
			.forcePathStyle(properties.pathStyle())
			// self-hosted stores (MinIO, Ceph, S3Proxy) may not know the SDK's newer default trailing
			// checksums; content is addressed by its SHA-256 and checked by the database row anyway
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (properties.endpoint() != null) {
			builder.endpointOverride(properties.endpoint());
		}
		if (properties.accessKey() != null && properties.secretKey() != null) {
			builder.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey())));
		}
		this.s3 = builder.build();
		this.bucket = properties.bucket();
	}

	@Override
	public void put(String sha256, Path source) throws IOException {
		String key = keyOf(sha256);
		try {
			if (exists(key)) {
				return;
			}
			s3.putObject(b -> b.bucket(bucket).key(key).contentType("application/octet-stream"),
					RequestBody.fromFile(source));
		}
		catch (SdkException ex) {
			throw new IOException("Could not store object " + key, ex);
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		String key = keyOf(sha256);
		try {
			return s3.getObject(b -> b.bucket(bucket).key(key));
		}
		catch (NoSuchKeyException ex) {
			throw new FileNotFoundException("No object " + key);
		}
		catch (SdkException ex) {
			throw new IOException("Could not read object " + key, ex);
		}
	}

	@Override
	public void delete(String sha256) throws IOException {
		String key = keyOf(sha256);
		try {
			s3.deleteObject(b -> b.bucket(bucket).key(key));
		}
		catch (SdkException ex) {
			throw new IOException("Could not delete object " + key, ex);
		}
	}

	private boolean exists(String key) {
		try {
			s3.headObject(b -> b.bucket(bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	private static String keyOf(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256 hex digest");
		}
		return "evidence/" + sha256;
	}

	@Override
	public void close() {
		s3.close();
	}
}
