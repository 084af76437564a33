package org.tianshan.grants.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** A milestone of the contract: its number, due date and what is due. */
@Embeddable
public class ProjectMilestone {

    private int seq;
    @Column(name = "due_on")
    private LocalDate dueOn;
    private String description;

    protected ProjectMilestone() {
    }

    public ProjectMilestone(int seq, LocalDate dueOn, String description) {
        this.seq = seq;
        this.dueOn = dueOn;
        this.description = description;
    }

    public int seq() { return seq; }
    public LocalDate dueOn() { return dueOn; }
    public String description() { return description; }
}
