/**
 * 佐证材料: upload validation and storage of evidence files, and their access-checked download.
 * <p>
 * Callers (verification, amendment) own the upload endpoint and the link between a file and what
 * it backs. A page includes {@code evidence/fragments :: upload(action, inputName, maxMb, maxBytes, extra, carry)}
 * and {@code evidence/fragments :: removable(files, removeBase, carry)} (or read-only
 * {@code thumbnails(files)}); the endpoint answers the upload script with an {@link UploadedEvidence}
 * and checks the count with
 * {@link com.gradverify.evidence.EvidenceFiles#requireRoomForAnother}, calls
 * {@link com.gradverify.evidence.EvidenceFiles#store}, records the returned id, and calls
 * {@link com.gradverify.evidence.EvidenceFiles#lock} in the transaction that submits the request.
 * Reviewers get read access through an {@link com.gradverify.evidence.EvidenceAccessPolicy} bean.
 * Files are served at {@code /evidence/{id}} (pages) and {@code /api/v1/evidence/{id}} (API).
 */
package com.gradverify.evidence;
