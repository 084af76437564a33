/**
 * The expert's screens (专家评审): the inbox of their own review tasks (评审任务), the review form with
 * the application exactly as submitted, the call's rubric, comment and recommendation (评审表), and their
 * own profile with the declared conflicts of interest (专家信息与回避声明). They call
 * {@code review.boundary.Reviews} and {@code Experts} only; another expert's name or score never appears.
 */
package org.tianshan.grants.review.screens;
