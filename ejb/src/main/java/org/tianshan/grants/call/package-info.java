/**
 * Calls for proposals (申报指南): an officer drafts a call for a programme (window, ceiling, total
 * budget, reviewers per application, weighted rubric; a CHALLENGE call's problem and bounty, a RACE
 * call's number of parallel teams), publishes it (through a director's approval where the programme
 * demands one), and it closes at {@code closesAt} by an EJB timer or earlier by hand. Reads the
 * catalog through its boundary; the application context reads calls through {@code Calls}.
 */
package org.tianshan.grants.call;
