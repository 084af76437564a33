package org.tianshan.grants.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member of the team besides the PI: an account and its role (CO_PI, MEMBER, STUDENT). */
@Embeddable
public class TeamMember {

    private int seq;
    @Column(name = "account_id")
    private long accountId;
    private String role;

    protected TeamMember() {
    }

    public TeamMember(int seq, long accountId, String role) {
        this.seq = seq;
        this.accountId = accountId;
        this.role = role;
    }

    public int seq() { return seq; }
    public long accountId() { return accountId; }
    public String role() { return role; }
}
