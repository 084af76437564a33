package org.tianshan.grants.platform.boundary;

/** A node of the jurisdiction tree. */
public record JurisdictionView(String code, String name, String nameEn, String level, String parentCode) {
}
