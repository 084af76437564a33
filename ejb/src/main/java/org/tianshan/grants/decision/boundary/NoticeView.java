package org.tianshan.grants.decision.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A public notice (公示) as everyone reads it, without sign-in: the call, the period and the funded
 * projects (title, host unit, PI, amount). An application whose objection was upheld is no longer listed.
 */
public record NoticeView(String id, String callId, String callTitle, String status, Instant startsAt, Instant endsAt,
                         String total, List<Item> items) {

    public record Item(String applicationId, String title, String hostOrganization, String pi, String amount) {
    }
}
