package org.tianshan.grants.decision.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.decision.boundary.NoticeView;
import org.tianshan.grants.decision.boundary.ObjectionView;
import org.tianshan.grants.decision.boundary.Objections;
import org.tianshan.grants.decision.boundary.PublicNotices;
import org.tianshan.grants.kernel.BusinessException;
import org.tianshan.grants.platform.screens.BoundaryPages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** /app/objections.xhtml (我的异议): the signed-in user's own objections, with the status and the officer's reply. */
@Named("myObjections")
@ViewScoped
public class MyObjectionsScreen implements Serializable {

    @Inject
    Objections objections;

    @Inject
    PublicNotices notices;

    private BoundaryPages<ObjectionView> list;
    private final Map<String, String> callTitles = new HashMap<>();

    public BoundaryPages<ObjectionView> getList() {
        if (list == null) {
            Objections boundary = objections;
            list = new BoundaryPages<>(page -> boundary.list(null, page));
        }
        return list;
    }

    /** The call a notice announced, by the notice's number; the number itself if it cannot be read. */
    public String callOf(String noticeId) {
        return callTitles.computeIfAbsent(noticeId, id -> {
            try {
                NoticeView n = notices.find(Long.parseLong(id));
                return n.callTitle();
            } catch (BusinessException | NumberFormatException e) {
                return id;
            }
        });
    }
}
