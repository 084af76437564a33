package org.tianshan.grants.decision.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tianshan.grants.kernel.StateConflict;
import java.time.Instant;

/** An objection (异议) against a project listed in a public notice, and the officer's resolution with a written reply. */
@Entity
@Table(name = "objection")
@NamedQuery(name = Objection.OF_NOTICE, query = "select o from Objection o where o.noticeId = :notice order by o.id")
@NamedQuery(name = Objection.COUNT_OF_NOTICE, query = "select count(o) from Objection o where o.noticeId = :notice")
@NamedQuery(name = Objection.OPEN_OF_NOTICE, query = "select count(o) from Objection o where o.noticeId = :notice "
        + "and o.status = org.tianshan.grants.decision.entity.ObjectionStatus.OPEN")
@NamedQuery(name = Objection.OF_OBJECTOR, query = "select o from Objection o where o.objectorAccountId = :account order by o.id desc")
@NamedQuery(name = Objection.COUNT_OF_OBJECTOR, query = "select count(o) from Objection o where o.objectorAccountId = :account")
public class Objection {

    public static final String OF_NOTICE = "Objection.ofNotice";
    public static final String COUNT_OF_NOTICE = "Objection.countOfNotice";
    public static final String OPEN_OF_NOTICE = "Objection.openOfNotice";
    public static final String OF_OBJECTOR = "Objection.ofObjector";
    public static final String COUNT_OF_OBJECTOR = "Objection.countOfObjector";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "notice_id")
    private long noticeId;
    @Column(name = "application_id")
    private long applicationId;
    @Column(name = "objector_account_id")
    private long objectorAccountId;
    private String objector;
    private String reason;
    @Column(name = "attachment_name")
    private String attachmentName;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] attachment;
    @Column(name = "attachment_sha256")
    private String attachmentSha256;
    @Enumerated(EnumType.STRING)
    private ObjectionStatus status;
    private String reply;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Objection() {
    }

    public Objection(long noticeId, long applicationId, long objectorAccountId, String objector, String reason, Instant createdAt) {
        this.noticeId = noticeId;
        this.applicationId = applicationId;
        this.objectorAccountId = objectorAccountId;
        this.objector = objector;
        this.reason = reason;
        this.createdAt = createdAt;
        this.status = ObjectionStatus.OPEN;
    }

    /** Attaches the objector's evidence (one PDF, checked by the boundary) while the objection is open. */
    public void attach(String name, byte[] content, String sha256) {
        requireOpen();
        // the lazy attachment first: touching it loads the fields left out of the fetch, which would
        // otherwise reset a name set just before (the name was lost while the bytes were stored)
        this.attachment = content.clone();
        this.attachmentName = name;
        this.attachmentSha256 = sha256;
    }

    /** The officer's resolution and the written reply to the objector. */
    public void resolve(ObjectionStatus decision, String reply, String officer, Instant at) {
        requireOpen();
        if (decision == ObjectionStatus.OPEN) {
            throw new IllegalArgumentException("a resolution is UPHELD or DISMISSED");
        }
        this.status = decision;
        this.reply = reply;
        this.resolvedBy = officer;
        this.resolvedAt = at;
    }

    private void requireOpen() {
        if (status != ObjectionStatus.OPEN) {
            throw new StateConflict("WRONG_STATE", "objection " + id + " is already " + status);
        }
    }

    public Long id() { return id; }
    public long noticeId() { return noticeId; }
    public long applicationId() { return applicationId; }
    public long objectorAccountId() { return objectorAccountId; }
    public String objector() { return objector; }
    public String reason() { return reason; }
    public String attachmentName() { return attachmentName; }
    public byte[] attachment() { return attachment == null ? null : attachment.clone(); }
    public String attachmentSha256() { return attachmentSha256; }
    public ObjectionStatus status() { return status; }
    public String reply() { return reply; }
    public String resolvedBy() { return resolvedBy; }
    public Instant resolvedAt() { return resolvedAt; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
