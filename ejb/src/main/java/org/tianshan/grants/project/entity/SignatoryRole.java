package org.tianshan.grants.project.entity;

/** The three parties who sign a contract (任务书): the PI, the host unit (承担单位), the bureau. */
public enum SignatoryRole {
    PI, UNIT, BUREAU
}
