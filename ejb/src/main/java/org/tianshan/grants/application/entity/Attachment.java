package org.tianshan.grants.application.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A PDF attached to an application; its bytes load only when downloaded. */
@Entity
@Table(name = "application_attachment")
@NamedQuery(name = Attachment.OF_APPLICATION, query = "select a.id, a.kind, a.fileName, a.contentType, a.sizeBytes, a.sha256, "
        + "a.pages, a.uploadedBy, a.uploadedAt from Attachment a where a.applicationId = :application order by a.id")
@NamedQuery(name = Attachment.TOTAL_SIZE, query = "select count(a), coalesce(sum(a.sizeBytes), 0) from Attachment a "
        + "where a.applicationId = :application")
public class Attachment {

    public static final String OF_APPLICATION = "Attachment.ofApplication";
    public static final String TOTAL_SIZE = "Attachment.totalSize";

    /** Everything but the bytes. */
    public record Meta(Long id, String kind, String fileName, String contentType, long sizeBytes, String sha256, int pages,
                       String uploadedBy, Instant uploadedAt) {

        /** A row of {@link #OF_APPLICATION}, which leaves the bytes in the database. */
        public static Meta of(Object[] row) {
            return new Meta(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                    ((Number) row[4]).longValue(), (String) row[5], ((Number) row[6]).intValue(), (String) row[7], (Instant) row[8]);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id")
    private long applicationId;
    private String kind;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    private int pages;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;
    @Version
    private long version;

    protected Attachment() {
    }

    public Attachment(long applicationId, String kind, String fileName, String contentType, byte[] content, String sha256,
                      int pages, String uploadedBy, Instant uploadedAt) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.pages = pages;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Meta meta() {
        return new Meta(id, kind, fileName, contentType, sizeBytes, sha256, pages, uploadedBy, uploadedAt);
    }

    public Long id() { return id; }
    public long applicationId() { return applicationId; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public String sha256() { return sha256; }
    public byte[] content() { return content.clone(); }
}
