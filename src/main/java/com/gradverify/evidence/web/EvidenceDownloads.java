package com.gradverify.evidence.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.gradverify.account.SignedInAccount;
import com.gradverify.evidence.EvidenceAccessPolicy;
import com.gradverify.evidence.EvidenceContent;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.evidence.EvidenceFiles;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Serves evidence to whoever may read it: the owner, or a reader some {@link EvidenceAccessPolicy}
 * lets in. Everyone else gets nothing, so a caller cannot tell "not yours" from "no such file".
 * Responses carry the sniffed type with {@code nosniff}; images are inline (previews), PDFs are
 * attachments so the browser never renders them in the site's origin.
 */
@Component
class EvidenceDownloads {

	private final EvidenceFiles evidence;

	private final List<EvidenceAccessPolicy> policies;

	EvidenceDownloads(EvidenceFiles evidence, List<EvidenceAccessPolicy> policies) {
		this.evidence = evidence;
		this.policies = policies;
	}

	Optional<ResponseEntity<Resource>> download(long id, SignedInAccount reader) {
		return evidence.find(id)
			.filter(file -> mayRead(reader, file))
			.map(file -> respond(evidence.open(id)));
	}

	private boolean mayRead(SignedInAccount reader, EvidenceFile file) {
		return file.isOwnedBy(reader.id()) || policies.stream().anyMatch(policy -> policy.canRead(reader, file));
	}

	private static ResponseEntity<Resource> respond(EvidenceContent content) {
		EvidenceFile file = content.file();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
			.body(new InputStreamResource(content.stream()));
	}

	/** An ASCII {@code filename} every client understands, and the real name as RFC 5987 {@code filename*}. */
	static String contentDisposition(EvidenceFile file) {
		String extension = file.displayName().substring(file.displayName().lastIndexOf('.') + 1);
		return (file.isImage() ? "inline" : "attachment") + "; filename=\"evidence-" + file.id() + "." + extension
				+ "\"; filename*=UTF-8''" + rfc5987(file.displayName());
	}

	private static String rfc5987(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return encoded.toString();
	}
}
