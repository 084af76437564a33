package org.tianshan.grants.application.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.application.boundary.ApplicationView;
import org.tianshan.grants.application.boundary.Applications;
import org.tianshan.grants.application.boundary.HistoryEntry;
import org.tianshan.grants.platform.screens.BoundaryPages;
import org.tianshan.grants.web.screens.CurrentUser;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** /applicant/applications.xhtml (我的申报): the caller's applications as PI or member, paged, with their actions. */
@Named("myApplications")
@ViewScoped
public class MyApplicationsScreen implements Serializable {

    /** Where a PI may still withdraw: before the review starts. */
    private static final Set<String> WITHDRAWABLE = Set.of("DRAFT", "SUBMITTED", "ENDORSED");

    @Inject
    Applications applications;

    @Inject
    CurrentUser user;

    private BoundaryPages<ApplicationView> list;
    private String historyTitle;
    private List<HistoryEntry> history = List.of();

    public BoundaryPages<ApplicationView> getList() {
        if (list == null) {
            Applications boundary = applications;
            list = new BoundaryPages<>(boundary::mine);
        }
        return list;
    }

    public boolean isPi(ApplicationView row) {
        return row != null && row.piUsername().equals(user.getUsername());
    }

    public boolean editable(ApplicationView row) {
        return isPi(row) && "DRAFT".equals(row.status());
    }

    public boolean withdrawable(ApplicationView row) {
        return isPi(row) && WITHDRAWABLE.contains(row.status());
    }

    public void withdraw(ApplicationView row) {
        ApplicationView withdrawn = FacesErrors.attempt(() -> applications.withdraw(Long.parseLong(row.id())));
        if (withdrawn != null) {
            Messages.info("myApps.withdrawn", titleOf(withdrawn));
        }
    }

    public void showHistory(ApplicationView row) {
        List<HistoryEntry> read = FacesErrors.attempt(() -> applications.history(Long.parseLong(row.id())));
        history = read == null ? List.of() : read;
        historyTitle = titleOf(row);
    }

    private static String titleOf(ApplicationView a) {
        return a.title() == null || a.title().isBlank() ? Messages.text("app.untitled") : a.title();
    }

    public String getHistoryTitle() { return historyTitle; }
    public List<HistoryEntry> getHistory() { return history; }
}
