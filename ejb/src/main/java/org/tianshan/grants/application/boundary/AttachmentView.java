package org.tianshan.grants.application.boundary;

import org.tianshan.grants.application.entity.Attachment;

import java.time.Instant;

/** An attachment as listed: everything but the bytes. */
public record AttachmentView(String id, String kind, String fileName, String contentType, long size, String sha256, int pages,
                             String uploadedBy, Instant uploadedAt) {

    static AttachmentView of(Attachment.Meta m) {
        return new AttachmentView(m.id().toString(), m.kind(), m.fileName(), m.contentType(), m.sizeBytes(), m.sha256(), m.pages(),
                m.uploadedBy(), m.uploadedAt());
    }
}
