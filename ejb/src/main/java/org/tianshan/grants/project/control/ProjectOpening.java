package org.tianshan.grants.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.tianshan.grants.decision.boundary.ApplicationFunded;

/**
 * Opens the project of each application a closing public notice approves, in the closing's own
 * transaction: if a project cannot be opened, the notice does not close.
 */
@Dependent
public class ProjectOpening {

    @Inject
    ProjectFactory factory;

    void open(@Observes ApplicationFunded funded) {
        factory.open(funded.applicationId(), funded.approvedAmount(), funded.cutReason(), funded.actor());
    }
}
