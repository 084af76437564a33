/**
 * REST resources of the decision: a call's funding plan and its default proposal, the director's approval
 * or return, the public notices (readable by anyone without sign-in) with their objections, the officer's
 * resolutions, and the closing of a notice. Each resource only translates HTTP to a boundary call of
 * {@code org.tianshan.grants.decision.boundary}.
 */
package org.tianshan.grants.decision.api;
