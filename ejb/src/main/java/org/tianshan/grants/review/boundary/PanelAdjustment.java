package org.tianshan.grants.review.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /calls/{id}/panel/adjustments}: move an application to {@code rank} (1-based; the others
 * shift) and/or mark it for discussion — always with the panel's reason.
 */
public record PanelAdjustment(@NotBlank @Size(max = 20) String applicationId, Integer rank, Boolean discuss,
                              @NotBlank @Size(max = 2000) String reason) {
}
