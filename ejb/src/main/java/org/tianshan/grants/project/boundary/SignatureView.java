package org.tianshan.grants.project.boundary;

import java.time.Instant;

/** A recorded signature: the party (PI, UNIT, BUREAU), who signed, when, and the contract hash they signed. */
public record SignatureView(String role, String username, Instant signedAt, String contentHash) {
}
