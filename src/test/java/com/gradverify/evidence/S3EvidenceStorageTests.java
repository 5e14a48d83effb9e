package com.gradverify.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link S3EvidenceStorage} against an S3Proxy started in-process on a filesystem blob store. */
class S3EvidenceStorageTests {

	@TempDir
	static Path dir;

	private static BlobStoreContext context;

	private static S3Proxy proxy;

	private static S3EvidenceStorage storage;

	@BeforeAll
	static void startProxy() throws Exception {
		Path blobs = Files.createDirectories(dir.resolve("blobs"));
		Properties overrides = new Properties();
		overrides.setProperty("jclouds.filesystem.basedir", blobs.toString());
		context = ContextBuilder.newBuilder("filesystem").credentials("identity", "credential")
			.overrides(overrides).build(BlobStoreContext.class);
		BlobStore blobStore = context.getBlobStore();
		blobStore.createContainerInLocation(null, "evidence-bucket");
		proxy = S3Proxy.builder().blobStore(blobStore).endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "test-access", "test-secret").build();
		proxy.start();
		while (!"STARTED".equals(proxy.getState())) {
			Thread.sleep(10);
		}
		storage = new S3EvidenceStorage(new S3EvidenceProperties(URI.create("http://127.0.0.1:" + proxy.getPort()),
				"us-east-1", "evidence-bucket", "test-access", "test-secret", true));
	}

	@AfterAll
	static void stopProxy() throws Exception {
		if (storage != null) {
			storage.close();
		}
		if (proxy != null) {
			proxy.stop();
		}
		if (context != null) {
			context.close();
		}
	}

	@Test
	void storesReadsAndDeletesByHash() throws Exception {
		byte[] content = "证明材料 %PDF-1.7 bytes".getBytes(StandardCharsets.UTF_8);
		String sha256 = sha256(content);
		Path source = Files.write(dir.resolve("upload"), content);

		storage.put(sha256, source);
		storage.put(sha256, source);
		try (InputStream in = storage.open(sha256)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}

		storage.delete(sha256);
		assertThatThrownBy(() -> storage.open(sha256)).isInstanceOf(FileNotFoundException.class);
		storage.delete(sha256);
	}

	@Test
	void aMissingObjectIsNotFound() {
		String sha256 = "0".repeat(64);
		assertThatThrownBy(() -> storage.open(sha256)).isInstanceOf(FileNotFoundException.class);
	}

	@Test
	void aBiggerObjectComesBackWhole() throws Exception {
		byte[] content = new byte[3 * 1024 * 1024 + 7];
		new java.util.Random(14).nextBytes(content);
		String sha256 = sha256(content);
		storage.put(sha256, Files.write(dir.resolve("big"), content));
		try (InputStream in = storage.open(sha256)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "../../etc/passwd", "evidence/../x", "", "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789",
			"0000000000000000000000000000000000000000000000000000000000000000/", "%2e%2e%2f", "a b", "g000000000000000000000000000000000000000000000000000000000000000" })
	void hostileNamesNeverReachTheStore(String name) throws Exception {
		Path source = Files.write(dir.resolve("hostile"), new byte[] { 1 });
		assertThatThrownBy(() -> storage.put(name, source)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> storage.open(name)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> storage.delete(name)).isInstanceOf(IllegalArgumentException.class);
		assertThat(context.getBlobStore().list("evidence-bucket")).isEmpty();
	}

	@Test
	void aWrongSecretIsAnError() {
		S3EvidenceStorage wrong = new S3EvidenceStorage(new S3EvidenceProperties(
				URI.create("http://127.0.0.1:" + proxy.getPort()), "us-east-1", "evidence-bucket", "test-access", "nope", true));
		try (wrong) {
			assertThatThrownBy(() -> wrong.open("1".repeat(64))).isInstanceOf(java.io.IOException.class)
				.isNotInstanceOf(FileNotFoundException.class);
		}
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
