/**
 * REST resources of expert review: the expert pool and declared conflicts ({@code /experts}), a call's
 * assignments, ranking and panel ({@code /calls/{id}/assignments|ranking|panel}), an application's
 * candidate experts with conflict explanations, and the experts' own review tasks ({@code /reviews}).
 * Each resource only translates HTTP to a boundary call of {@code org.tianshan.grants.review.boundary}.
 */
package org.tianshan.grants.review.api;
