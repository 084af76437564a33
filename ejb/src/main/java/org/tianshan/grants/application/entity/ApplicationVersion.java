package org.tianshan.grants.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** The content of an application as submitted, frozen: no code path changes it afterwards. */
@Entity
@Table(name = "application_version")
@IdClass(ApplicationVersion.Key.class)
public class ApplicationVersion {

    /** The composite id: application and version number. */
    public static class Key implements Serializable {
        private long applicationId;
        private int no;

        public Key() {
        }

        public Key(long applicationId, int no) {
            this.applicationId = applicationId;
            this.no = no;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.applicationId == applicationId && k.no == no;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(applicationId) * 31 + no;
        }
    }

    @Id
    @Column(name = "application_id")
    private long applicationId;
    @Id
    private int no;
    private String content;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "frozen_at")
    private Instant frozenAt;

    protected ApplicationVersion() {
    }

    public ApplicationVersion(long applicationId, int no, String content, String contentHash, Instant frozenAt) {
        this.applicationId = applicationId;
        this.no = no;
        this.content = content;
        this.contentHash = contentHash;
        this.frozenAt = frozenAt;
    }

    public int no() { return no; }
    public String content() { return content; }
    public String contentHash() { return contentHash; }
    public Instant frozenAt() { return frozenAt; }
}
