package org.tianshan.grants.integrity.boundary;

import org.tianshan.grants.integrity.entity.Pledge;

import java.time.Instant;

/** A signed pledge as its subject's circle reads it. */
public record PledgeView(String id, String kind, String username, String textVersion, String textHash, String contentHash,
                         Instant signedAt) {

    static PledgeView of(Pledge p) {
        return new PledgeView(p.id().toString(), p.kind(), p.username(), p.textVersion(), p.textHash(), p.contentHash(), p.signedAt());
    }
}
