package org.tianshan.grants.platform.entity;

/** 自治区 → 地州市 → 县; 兵团 → 师 run parallel. */
public enum JurisdictionLevel {
    REGION, PREFECTURE, COUNTY, CORPS, DIVISION
}
