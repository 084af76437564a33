package org.tianshan.grants.call.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One weighted criterion of a call's rubric: scored 0..maxScore, weighted in whole percent. */
@Embeddable
public class RubricCriterion {

    private int seq;
    private String code;
    private String name;
    private int weight;
    @Column(name = "max_score")
    private int maxScore;

    protected RubricCriterion() {
    }

    public RubricCriterion(int seq, String code, String name, int weight, int maxScore) {
        this.seq = seq;
        this.code = code;
        this.name = name;
        this.weight = weight;
        this.maxScore = maxScore;
    }

    public int seq() { return seq; }
    public String code() { return code; }
    public String name() { return name; }
    public int weight() { return weight; }
    public int maxScore() { return maxScore; }
}
