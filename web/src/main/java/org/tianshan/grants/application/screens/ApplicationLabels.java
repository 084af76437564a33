package org.tianshan.grants.application.screens;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.call.boundary.CallView;
import org.tianshan.grants.call.boundary.Calls;
import org.tianshan.grants.kernel.BusinessException;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.boundary.DisciplineView;
import org.tianshan.grants.platform.boundary.OrganizationView;
import org.tianshan.grants.platform.boundary.Organizations;
import org.tianshan.grants.platform.boundary.People;
import org.tianshan.grants.platform.boundary.Person;
import org.tianshan.grants.platform.boundary.ReferenceData;
import org.tianshan.grants.web.screens.LocaleBean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names for the ids an application carries — people, the host unit, the call, the discipline — read
 * once per request through the boundaries; an id that cannot be read is shown as it is.
 */
@Named("appLabels")
@RequestScoped
public class ApplicationLabels {

    @Inject
    Accounts accounts;

    @Inject
    People people;

    @Inject
    Organizations organizations;

    @Inject
    Calls calls;

    @Inject
    ReferenceData referenceData;

    @Inject
    LocaleBean locale;

    private final Map<String, String> persons = new HashMap<>();
    private final Map<String, String> usernames = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();
    private final Map<String, Optional<CallView>> callsRead = new HashMap<>();
    private Map<String, DisciplineView> disciplines;

    /** A person by account id: "display name (username)". */
    public String person(String id) {
        if (id == null) {
            return "";
        }
        return persons.computeIfAbsent(id, key -> quietly(() -> accounts.person(Long.parseLong(key)))
                .flatMap(Function.identity()).map(ApplicationLabels::named).orElse(key));
    }

    /** A person by username: "display name (username)". */
    public String personByUsername(String username) {
        if (username == null) {
            return "";
        }
        return usernames.computeIfAbsent(username, key -> quietly(() -> people.byUsername(key))
                .flatMap(Function.identity()).map(ApplicationLabels::named).orElse(key));
    }

    public String organization(String id) {
        if (id == null) {
            return "";
        }
        return units.computeIfAbsent(id, key -> quietly(() -> organizations.find(Long.parseLong(key)))
                .map(OrganizationView::name).orElse(key));
    }

    public Optional<CallView> call(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return callsRead.computeIfAbsent(id, key -> quietly(() -> calls.find(Long.parseLong(key))));
    }

    public String callTitle(String id) {
        return call(id).map(CallView::title).orElse(id == null ? "" : id);
    }

    /** "52020 人工智能" in the screen language. */
    public String discipline(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        if (disciplines == null) {
            List<DisciplineView> all = quietly(referenceData::disciplines).orElse(List.of());
            disciplines = all.stream().collect(Collectors.toMap(DisciplineView::code, Function.identity(), (a, b) -> a));
        }
        DisciplineView d = disciplines.get(code);
        return d == null ? code : code + " " + (locale.isEnglish() && d.nameEn() != null && !d.nameEn().isBlank() ? d.nameEn() : d.name());
    }

    private static String named(Person p) {
        return p.displayName() + " (" + p.username() + ")";
    }

    /** A label is a courtesy: a refused or failed read leaves the id showing instead of failing the page. */
    private static <T> Optional<T> quietly(java.util.function.Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (BusinessException | NumberFormatException | jakarta.ejb.EJBException e) {
            return Optional.empty();
        }
    }
}
