/**
 * The decision screens (立项): the officer's funding-plan editor with its budget bar, the director's
 * approval queue, the public notice (公示) everyone reads and objects on, the officer's objections of a
 * notice and each user's own objections. Faces beans only translate; the {@code decision} boundaries decide.
 */
package org.tianshan.grants.decision.screens;
