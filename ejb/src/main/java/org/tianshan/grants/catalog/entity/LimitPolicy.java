package org.tianshan.grants.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 限项: how many applications and projects one person may hold at once. */
@Embeddable
public class LimitPolicy {

    @Column(name = "max_pi_per_call")
    private int maxPiPerCall;
    @Column(name = "max_pi_per_section")
    private int maxPiPerSection;
    @Column(name = "max_as_member")
    private int maxAsMember;

    protected LimitPolicy() {
    }

    public LimitPolicy(int maxPiPerCall, int maxPiPerSection, int maxAsMember) {
        this.maxPiPerCall = maxPiPerCall;
        this.maxPiPerSection = maxPiPerSection;
        this.maxAsMember = maxAsMember;
    }

    public int maxPiPerCall() { return maxPiPerCall; }
    public int maxPiPerSection() { return maxPiPerSection; }
    public int maxAsMember() { return maxAsMember; }
}
