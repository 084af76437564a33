package org.tianshan.grants.application.boundary;

import org.tianshan.grants.application.entity.Attachment;

import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;

/** An attachment as listed: everything but the bytes. */
public record AttachmentView(String id, String kind, String fileName, String contentType, long size, String sha256, int pages,
                             String uploadedBy, Instant uploadedAt) {

    /** The attachments of an application, oldest first, read without their bytes. */
    static List<AttachmentView> of(EntityManager em, long applicationId) {
        return em.createNamedQuery(Attachment.OF_APPLICATION, Object[].class).setParameter("application", applicationId)
                .getResultList().stream().map(row -> of(Attachment.Meta.of(row))).toList();
    }

    static AttachmentView of(Attachment.Meta m) {
        return new AttachmentView(m.id().toString(), m.kind(), m.fileName(), m.contentType(), m.sizeBytes(), m.sha256(), m.pages(),
                m.uploadedBy(), m.uploadedAt());
    }
}
