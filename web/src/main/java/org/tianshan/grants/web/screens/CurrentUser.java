package org.tianshan.grants.web.screens;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.tianshan.grants.kernel.Role;
import org.tianshan.grants.platform.boundary.Caller;
import org.tianshan.grants.web.security.TianshanAuthenticationMechanism;

import java.util.List;
import java.util.Optional;

/** The signed-in user as the screens need it: name, roles, and which role menus to show. */
@Named("user")
@RequestScoped
public class CurrentUser {

    public Optional<Caller> caller() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session != null && session.getAttribute(TianshanAuthenticationMechanism.SESSION_CALLER) instanceof Caller c
                ? Optional.of(c) : Optional.empty();
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public String getDisplayName() {
        return caller().map(Caller::displayName).orElse("");
    }

    public String getUsername() {
        return caller().map(Caller::username).orElse("");
    }

    /** The roles in the order of DESIGN.md §1, for the role home panels. */
    public List<String> getRoles() {
        return caller().map(c -> c.roles().stream().sorted().map(Enum::name).toList()).orElse(List.of());
    }

    public boolean has(String role) {
        return caller().map(c -> c.roles().contains(Role.valueOf(role))).orElse(false);
    }
}
