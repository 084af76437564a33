package org.tianshan.grants.project.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.platform.screens.BoundaryPages;
import org.tianshan.grants.project.boundary.ProjectView;
import org.tianshan.grants.project.boundary.Projects;
import org.tianshan.grants.web.screens.CurrentUser;

import java.io.Serializable;

/**
 * /app/projects.xhtml (我的项目 / 项目管理): the projects the caller may see, paged; the boundary decides
 * which (a PI their own, a unit's research office its unit's, bureau staff all).
 */
@Named("projectsScreen")
@ViewScoped
public class ProjectsScreen implements Serializable {

    @Inject
    Projects projects;

    @Inject
    CurrentUser user;

    private BoundaryPages<ProjectView> list;

    public BoundaryPages<ProjectView> getList() {
        if (list == null) {
            Projects boundary = projects;
            list = new BoundaryPages<>(page -> boundary.list(false, page));
        }
        return list;
    }

    /** The page's name: 项目管理 for a unit's research office and bureau staff, 我的项目 for an applicant. */
    public String getTitleKey() {
        boolean manages = user.getRoles().stream().anyMatch(r -> !"APPLICANT".equals(r) && !"EXPERT".equals(r));
        return manages ? "projects.title.manage" : "projects.title.mine";
    }
}
