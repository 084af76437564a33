package org.tianshan.grants.call.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.call.boundary.CallView;
import org.tianshan.grants.call.boundary.PublicCalls;
import org.tianshan.grants.web.screens.FacesErrors;

import java.io.Serializable;

/**
 * /call.xhtml?id=…: one published call (guide, topics, window, money, funding mode, rubric) with the
 * button to apply, which leads through sign-in to the application form. No sign-in needed to read.
 */
@Named("publicCall")
@ViewScoped
public class PublicCallScreen implements Serializable {

    @Inject
    PublicCalls publicCalls;

    private Long id;
    private CallView call;

    /** The view action: reads the call named in {@code ?id=}; an unpublished or unknown one shows "not found". */
    public void load() {
        call = id == null ? null : FacesErrors.attempt(() -> publicCalls.find(id));
    }

    /** Applications are taken while the call is OPEN (its timer closes it at the deadline). */
    public boolean isAccepting() {
        return call != null && "OPEN".equals(call.status());
    }

    public boolean isChallenge() {
        return call != null && "CHALLENGE".equals(call.fundingMode());
    }

    public boolean isRace() {
        return call != null && "RACE".equals(call.fundingMode());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CallView getCall() { return call; }
}
