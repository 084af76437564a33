/** Screens of the project context: the projects list (我的项目 / 项目管理) and the contract (任务书) page with its signatures. */
package org.tianshan.grants.project.screens;
