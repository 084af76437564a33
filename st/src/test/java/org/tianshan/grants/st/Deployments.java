package org.tianshan.grants.st;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** The EAR the build produced, as Arquillian deploys it. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("tianshan.ear")));
    }
}
