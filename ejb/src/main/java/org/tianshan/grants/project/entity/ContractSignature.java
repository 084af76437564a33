package org.tianshan.grants.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A recorded electronic signature of a contract: which party, who signed, when, and the SHA-256 of the
 * contract content signed. One per party (unique in the database too); immutable once written.
 */
@Entity
@Table(name = "contract_signature")
@NamedQuery(name = ContractSignature.OF, query = "select s from ContractSignature s where s.projectId = :id order by s.id")
public class ContractSignature {

    public static final String OF = "ContractSignature.of";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id")
    private long projectId;
    @Enumerated(EnumType.STRING)
    private SignatoryRole role;
    @Column(name = "account_id")
    private long accountId;
    private String username;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "content_hash")
    private String contentHash;

    protected ContractSignature() {
    }

    public ContractSignature(long projectId, SignatoryRole role, long accountId, String username, Instant signedAt, String contentHash) {
        this.projectId = projectId;
        this.role = role;
        this.accountId = accountId;
        this.username = username;
        this.signedAt = signedAt;
        this.contentHash = contentHash;
    }

    public long projectId() { return projectId; }
    public SignatoryRole role() { return role; }
    public long accountId() { return accountId; }
    public String username() { return username; }
    public Instant signedAt() { return signedAt; }
    public String contentHash() { return contentHash; }
}
