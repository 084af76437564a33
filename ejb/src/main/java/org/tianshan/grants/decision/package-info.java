/**
 * Decision (立项): the officer's funding plan for a call from its frozen ranking (within the call's budget,
 * a cut recorded with its reason; RACE calls fund their top teams, CHALLENGE calls one winner with the
 * bounty), a director's approval — never by the proposer — or return, the public notice (公示) that
 * anyone reads without sign-in and anyone signed in but the auditor may object to, the officer's
 * resolution of each objection with a written reply, and the end of the notice (by the officer, or by a
 * persistent EJB timer that survives restarts; never with an objection unresolved), when the funded
 * applications become APPROVED with a project each (the {@code project} context) and the rest NOT_FUNDED.
 * <p>
 * {@code control.PlanRules} holds the plan's rules and the default plan as pure functions.
 */
package org.tianshan.grants.decision;
