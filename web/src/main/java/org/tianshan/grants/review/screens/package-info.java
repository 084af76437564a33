/**
 * The expert's screens (专家评审): the inbox of their own review tasks (评审任务), the review form with
 * the application exactly as submitted, the call's rubric, comment and recommendation (评审表), and their
 * own profile with the declared conflicts of interest (专家信息与回避声明). They call
 * {@code review.boundary.Reviews} and {@code Experts} only; another expert's name or score never appears.
 * <p>
 * The programme officer's screens of expert review (专家评审): the expert pool ({@code /officer/experts.xhtml}),
 * the assignment of experts to a closed call with the candidates and conflicts of each application
 * ({@code /officer/assignments.xhtml}), and the ranking and panel meeting ({@code /panel/ranking.xhtml},
 * read-only for the DIRECTOR). The beans only translate between the pages and the {@code review.boundary} EJBs.
 */
package org.tianshan.grants.review.screens;
