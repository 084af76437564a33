package org.tianshan.grants.catalog.entity;

/** 分类评价: basic → peer review, applied → market/user review, condition-building → contribution review. */
public enum EvaluationClass {
    BASIC, APPLIED, CONDITION_BUILDING
}
