package com.gradverify.evidence;

import java.util.Objects;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What an upload endpoint answers the upload script (evidence-upload.js) with, so the page shows
 * the new file in place without a reload: where to view it and where to post its removal.
 * @param removeUrl the endpoint that removes it while the request it backs is editable
 * @param replacesOthers whether it took the place of the subject's earlier file (subjects of one file)
 * @param subjectVersion the version of what the file backs after attaching it, which the page's
 * forms send with their next change (their own is stale now)
 */
public record UploadedEvidence(long id, String displayName, boolean image, String url, String removeUrl,
		boolean replacesOthers, long subjectVersion) {

	/** Links under the current request's context path; {@code removePath} like {@code /verification/origin-evidence/7/delete}. */
	public static UploadedEvidence of(EvidenceFile file, String removePath, boolean replacesOthers,
			long subjectVersion) {
		String base = Objects.requireNonNullElse(ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath(), "");
		return new UploadedEvidence(file.id(), file.displayName(), file.isImage(), base + "/evidence/" + file.id(),
				base + removePath, replacesOthers, subjectVersion);
	}

	/** What a removal endpoint answers the script with: the new version of what the file backed. */
	public record Removed(long subjectVersion) {
	}
}
