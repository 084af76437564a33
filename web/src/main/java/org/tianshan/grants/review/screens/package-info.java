/**
 * The programme officer's screens of expert review (专家评审): the expert pool ({@code /officer/experts.xhtml}),
 * the assignment of experts to a closed call with the candidates and conflicts of each application
 * ({@code /officer/assignments.xhtml}), and the ranking and panel meeting ({@code /panel/ranking.xhtml},
 * read-only for the DIRECTOR). The beans only translate between the pages and the {@code review.boundary} EJBs.
 */
package org.tianshan.grants.review.screens;
