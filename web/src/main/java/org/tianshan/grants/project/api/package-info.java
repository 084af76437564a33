/** REST resources of the project context: projects, their plan (KPIs, milestones), the contract PDF and its signatures. */
package org.tianshan.grants.project.api;
