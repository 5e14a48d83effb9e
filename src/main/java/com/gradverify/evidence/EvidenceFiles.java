package com.gradverify.evidence;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Evidence files (佐证材料): validated by content, stored by hash, locked once the request they back
 * is submitted. Rejected uploads raise {@link com.gradverify.shared.RuleViolationException} on field
 * {@code file} with a code from {@code messages/evidence.properties}, and leave nothing stored.
 */
public interface EvidenceFiles {

	/**
	 * Validates and stores an upload. JPEG, PNG and PDF are recognised by their bytes, never by
	 * {@code originalName}, which only contributes a sanitised stem to the display name. Images
	 * are re-encoded, which drops EXIF/GPS metadata and anything appended to the image.
	 * @param purpose what the file backs, lower-case like {@code amendment} or {@code origin-place}
	 */
	EvidenceFile store(long ownerAccountId, String purpose, String originalName, InputStream content);

	Optional<EvidenceFile> find(long id);

	/** The files with these ids that exist, in id order. */
	List<EvidenceFile> findAll(Collection<Long> ids);

	/** Locks the files for good: call it in the transaction that submits what they back. */
	void lock(Collection<Long> ids);

	/**
	 * Deletes a file of the requester's. {@link com.gradverify.shared.NotFoundException} when it
	 * is not theirs (or does not exist), {@link com.gradverify.shared.ConflictException} when locked.
	 */
	void delete(long id, long requesterAccountId);

	/** Opens a file's bytes; {@link com.gradverify.shared.NotFoundException} when there is none. */
	EvidenceContent open(long id);

	/** The size limit of one upload, for hints next to upload controls. */
	long maxSizeMegabytes();

	/** The exact size limit of one upload in bytes, for the browser's check before it sends a file. */
	long maxSizeBytes();

	/** How many files one request or field may carry; callers enforce it before storing another. */
	int maxFilesPerSubject();

	/**
	 * Refuses (field {@code file}, code {@code evidence.tooMany}) when a subject that already has
	 * {@code attached} files may not take another.
	 */
	void requireRoomForAnother(int attached);
}
