package org.tianshan.grants.application.boundary;

import org.tianshan.grants.application.entity.GrantApplication;

import java.time.Instant;

/** One row of a work queue: enough to pick an application; its full content comes from {@link Applications#find}. */
public record ApplicationSummary(String id, String status, String callId, String piUsername, String title,
                                 String hostOrganizationId, String total, Instant submittedAt, long version) {

    static ApplicationSummary of(GrantApplication a) {
        return new ApplicationSummary(a.id().toString(), a.status().name(), Long.toString(a.callId()), a.piUsername(),
                a.title(), a.hostOrganizationId() == null ? null : a.hostOrganizationId().toString(), a.total().toString(),
                a.submittedAt(), a.version());
    }
}
