package org.tianshan.grants.review.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * {@code PUT /reviews/{id}}: a draft of the scores (criterion code → integer within its range), the
 * comment and the recommendation A–D. A draft may be partial; submission demands it complete.
 */
public record ReviewInput(Map<String, Integer> scores, @Size(max = 10000) String comment,
                          @Pattern(regexp = "[ABCD]", message = "one of A, B, C, D") String recommendation, Long version) {
}
