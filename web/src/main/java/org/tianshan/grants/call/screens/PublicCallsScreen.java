package org.tianshan.grants.call.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.call.boundary.CallView;
import org.tianshan.grants.call.boundary.PublicCalls;
import org.tianshan.grants.platform.screens.BoundaryPages;

import java.io.Serializable;

/** /calls.xhtml: the open calls for proposals, paged; no sign-in needed. */
@Named("publicCalls")
@ViewScoped
public class PublicCallsScreen implements Serializable {

    @Inject
    PublicCalls publicCalls;

    private BoundaryPages<CallView> list;

    public BoundaryPages<CallView> getList() {
        if (list == null) {
            PublicCalls boundary = publicCalls;
            list = new BoundaryPages<>(boundary::open);
        }
        return list;
    }
}
