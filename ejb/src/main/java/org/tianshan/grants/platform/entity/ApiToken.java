package org.tianshan.grants.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A bearer token: only its SHA-256 is stored, so a copy of the table signs nobody in. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.DELETE_EXPIRED, query = "delete from ApiToken t where t.expiresAt < :now")
public class ApiToken {

    public static final String DELETE_EXPIRED = "ApiToken.deleteExpired";

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ApiToken() {
    }

    public ApiToken(String tokenHash, Long accountId, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Long accountId() { return accountId; }
    public Instant expiresAt() { return expiresAt; }
}
