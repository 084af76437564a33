/**
 * Projects (项目) from an approved application to a signed contract (任务书): {@link
 * org.tianshan.grants.project.control.ProjectFactory} opens the project of an APPROVED application in
 * CONTRACTING (called by the decision context when a public notice closes, also from a timer) with the
 * approved budget scaled to the fen, the programme's tranches, the KPIs from the application's targets and
 * default milestones; the PI refines KPIs and milestones within the approved scope; the programme officer
 * confirms, which freezes the canonical contract content and its SHA-256; the contract renders as a PDF
 * with an embedded CJK font and the hash on every page; PI, host unit and bureau each sign once after an
 * integrity screen, and the third signature makes the project ACTIVE.
 * <p>
 * {@code control} holds the pure rules ({@link org.tianshan.grants.project.control.Apportion},
 * {@link org.tianshan.grants.project.control.PlanRules}, the contract content and PDF), unit-tested alone.
 */
package org.tianshan.grants.project;
