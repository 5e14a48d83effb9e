package com.gradverify.evidence;

import com.gradverify.account.SignedInAccount;

/**
 * Lets other modules grant read access to evidence they are responsible for (e.g. reviewers
 * entitled to the request a file backs). Implement it as a bean; the owner may always read their
 * own files, anyone else needs at least one policy that says yes.
 */
public interface EvidenceAccessPolicy {

	boolean canRead(SignedInAccount reader, EvidenceFile file);
}
