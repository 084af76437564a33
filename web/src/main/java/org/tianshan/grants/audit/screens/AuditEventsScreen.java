package org.tianshan.grants.audit.screens;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.tianshan.grants.kernel.BusinessTime;
import org.tianshan.grants.audit.boundary.AuditEntry;
import org.tianshan.grants.audit.boundary.AuditTrail;
import org.tianshan.grants.audit.boundary.Verification;
import org.tianshan.grants.platform.screens.BoundaryPages;
import org.tianshan.grants.web.screens.FacesErrors;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** /audit/events: the paged audit trail, filtered by entity id, and verifying the hash chain. */
@Named("auditEventsScreen")
@ViewScoped
public class AuditEventsScreen implements Serializable {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int SHORT_HASH = 12;
    private static final String TABLE = ":eventsForm:events";

    @Inject
    AuditTrail auditTrail;

    private BoundaryPages<AuditEntry> events;
    private String entityId;
    /** The entity id the table shows; changes only when the auditor presses search. */
    private String appliedEntityId;
    private Verification verification;

    public BoundaryPages<AuditEntry> getEvents() {
        if (events == null) {
            AuditTrail boundary = auditTrail;
            events = new BoundaryPages<>(page -> boundary.events(Optional.ofNullable(appliedEntityId), page));
        }
        return events;
    }

    public void search() {
        appliedEntityId = entityId == null || entityId.isBlank() ? null : entityId.strip();
        firstPage();
    }

    public void clear() {
        entityId = null;
        appliedEntityId = null;
        firstPage();
    }

    /** A new filter starts on its first page, not on the page number the old one was at. */
    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void verify() {
        verification = FacesErrors.attempt(auditTrail::verify);
    }

    public String time(Instant at) {
        return at == null ? "" : SECONDS.format(at.atZone(BusinessTime.ZONE));
    }

    public String shortHash(String hash) {
        return hash == null || hash.length() <= SHORT_HASH ? hash : hash.substring(0, SHORT_HASH) + "…";
    }

    public Verification getVerification() { return verification; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String entityId) { this.entityId = entityId; }
}
