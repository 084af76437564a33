package org.tianshan.grants.decision.boundary;

import org.tianshan.grants.kernel.Money;

/**
 * Fired (synchronously, inside the closing transaction) for each application approved when a public
 * notice closes: the project context observes it and opens the project, so the two contexts stay apart
 * and a failure to open a project rolls the whole closing back.
 *
 * @param cutReason why the amount is below the request, or null
 * @param actor     who closed the notice, or "system" for its timer
 */
public record ApplicationFunded(long applicationId, Money approvedAmount, String cutReason, String actor) {
}
