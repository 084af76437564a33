package org.tianshan.grants.application.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.application.boundary.ApplicationView;
import org.tianshan.grants.application.boundary.Applications;
import org.tianshan.grants.application.boundary.HistoryEntry;
import org.tianshan.grants.web.screens.FacesErrors;

import java.io.Serializable;
import java.util.List;

/** /app/application.xhtml?id=…: one application read-only, with its checks and history, for its circle. */
@Named("applicationScreen")
@ViewScoped
public class ApplicationScreen implements Serializable {

    @Inject
    Applications applications;

    private Long id;
    private ApplicationView application;
    private List<HistoryEntry> history = List.of();

    public void load() {
        if (id == null) {
            return;
        }
        application = FacesErrors.attempt(() -> applications.find(id));
        if (application != null) {
            List<HistoryEntry> read = FacesErrors.attempt(() -> applications.history(id));
            history = read == null ? List.of() : read;
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ApplicationView getApplication() { return application; }
    public List<HistoryEntry> getHistory() { return history; }
}
