package org.tianshan.grants.decision.boundary;

import jakarta.validation.constraints.Size;

/** A director's approval (comment optional) or return (comment required) of a funding plan. */
public record PlanDecision(@Size(max = 2000) String comment) {
}
