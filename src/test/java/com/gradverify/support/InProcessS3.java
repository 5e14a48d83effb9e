package com.gradverify.support;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * An S3-compatible server in this JVM (S3Proxy on a filesystem blob store under {@code dir}) with one
 * bucket, signing with AWS v2 or v4 and the given keys; {@link #blobStore()} reads what it holds.
 */
public final class InProcessS3 implements AutoCloseable {

	private final BlobStoreContext context;

	private final S3Proxy proxy;

	private InProcessS3(BlobStoreContext context, S3Proxy proxy) {
		this.context = context;
		this.proxy = proxy;
	}

	public static InProcessS3 start(Path dir, String bucket, String accessKey, String secretKey) throws Exception {
		Properties overrides = new Properties();
		overrides.setProperty("jclouds.filesystem.basedir", Files.createDirectories(dir).toString());
		BlobStoreContext context = ContextBuilder.newBuilder("filesystem").credentials("identity", "credential")
			.overrides(overrides).build(BlobStoreContext.class);
		context.getBlobStore().createContainerInLocation(null, bucket);
		S3Proxy proxy = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey).build();
		proxy.start();
		while (!"STARTED".equals(proxy.getState())) {
			Thread.sleep(10);
		}
		return new InProcessS3(context, proxy);
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + proxy.getPort());
	}

	public BlobStore blobStore() {
		return context.getBlobStore();
	}

	@Override
	public void close() throws Exception {
		proxy.stop();
		context.close();
	}
}
