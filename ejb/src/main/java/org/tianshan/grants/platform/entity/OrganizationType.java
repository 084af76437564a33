package org.tianshan.grants.platform.entity;

/** The kinds of host unit (依托单位): university, research institute, enterprise, hospital, other. */
public enum OrganizationType {
    UNIVERSITY, INSTITUTE, ENTERPRISE, HOSPITAL, OTHER
}
