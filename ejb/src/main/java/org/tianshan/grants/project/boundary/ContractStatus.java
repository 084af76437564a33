package org.tianshan.grants.project.boundary;

import java.util.List;

/**
 * {@code GET /projects/{id}/contract}: whether the plan is confirmed (the contract can be signed), its hash,
 * who signed and which parties are still missing; the project's status (ACTIVE once all three signed).
 */
public record ContractStatus(String projectId, String status, boolean planConfirmed, String contractHash,
                             List<SignatureView> signatures, List<String> missing) {
}
