package org.tianshan.grants.audit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.audit.boundary.AuditEntry;
import org.tianshan.grants.audit.boundary.AuditTrail;
import org.tianshan.grants.audit.boundary.Verification;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;

import java.util.Optional;

@Path("audit-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventsResource {

    @Inject
    AuditTrail auditTrail;

    @GET
    @Operation(summary = "Audit events, newest first, optionally of one entity (AUDITOR)")
    public Page<AuditEntry> events(@QueryParam("entityId") String entityId, @QueryParam("page") Integer page,
                                   @QueryParam("size") Integer size) {
        return auditTrail.events(Optional.ofNullable(entityId).filter(e -> !e.isBlank()), PageRequest.of(page, size));
    }

    @GET
    @Path("verify")
    @Operation(summary = "Re-walk the hash chain (AUDITOR)",
            description = "{\"valid\":true,\"count\":N}, or valid false with brokenSeq, the first edited, inserted or deleted event.")
    public Verification verify() {
        return auditTrail.verify();
    }
}
