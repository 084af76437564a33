package org.tianshan.grants.platform.boundary;

import org.tianshan.grants.platform.entity.Organization;
import org.tianshan.grants.platform.entity.OrganizationType;

public record OrganizationView(String id, String name, String creditCode, OrganizationType type, String jurisdiction,
                               boolean active, long version) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.id().toString(), o.name(), o.creditCode(), o.type(), o.jurisdictionCode(),
                o.active(), o.version());
    }
}
