package org.tianshan.grants.integrity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A signed pledge (承诺书): who signed which text (its version and SHA-256) for which content (the
 * SHA-256 of what was submitted or contracted), when. Immutable once written, like a signature.
 */
@Entity
@Table(name = "integrity_pledge")
@NamedQuery(name = Pledge.OF_SUBJECT, query = "select p from Pledge p where p.subjectType = :type and p.subjectId = :id order by p.id")
public class Pledge {

    public static final String OF_SUBJECT = "Pledge.ofSubject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kind;
    @Column(name = "subject_type")
    private String subjectType;
    @Column(name = "subject_id")
    private long subjectId;
    @Column(name = "account_id")
    private long accountId;
    private String username;
    @Column(name = "text_version")
    private String textVersion;
    @Column(name = "text_hash")
    private String textHash;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "signed_at")
    private Instant signedAt;

    protected Pledge() {
    }

    public Pledge(String kind, String subjectType, long subjectId, long accountId, String username, String textVersion,
                  String textHash, String contentHash, Instant signedAt) {
        this.kind = kind;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.accountId = accountId;
        this.username = username;
        this.textVersion = textVersion;
        this.textHash = textHash;
        this.contentHash = contentHash;
        this.signedAt = signedAt;
    }

    public Long id() { return id; }
    public String kind() { return kind; }
    public String subjectType() { return subjectType; }
    public long subjectId() { return subjectId; }
    public long accountId() { return accountId; }
    public String username() { return username; }
    public String textVersion() { return textVersion; }
    public String textHash() { return textHash; }
    public String contentHash() { return contentHash; }
    public Instant signedAt() { return signedAt; }
}
