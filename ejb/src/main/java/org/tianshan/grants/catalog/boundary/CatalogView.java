package org.tianshan.grants.catalog.boundary;

/** A catalog: one jurisdiction and plan period. */
public record CatalogView(String code, String name, String nameEn, String jurisdiction, String planPeriod,
                          boolean isDefault) {
}
