package org.tianshan.grants.platform.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.kernel.BusinessTime;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Role;
import org.tianshan.grants.platform.boundary.AccountChange;
import org.tianshan.grants.platform.boundary.AccountView;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.boundary.NewAccount;
import org.tianshan.grants.platform.boundary.OrganizationView;
import org.tianshan.grants.platform.boundary.Organizations;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** /admin/users: the paged account list, creating an account and an admin's edit of one. */
@Named("usersScreen")
@ViewScoped
public class UsersScreen implements Serializable {

    /** The bureau's time, in which lockouts are read. */
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Accounts accounts;

    @Inject
    Organizations organizations;

    private BoundaryPages<AccountView> list;
    /** id → name of the organizations offered in the select (the first page of 200). */
    private LinkedHashMap<String, String> organizationNames;

    private String newUsername;
    private String newPassword;
    private String newDisplayName;
    private List<String> newRoles = new ArrayList<>();
    private String newOrganizationId;
    private LocalDate newBirthDate;
    private String newEmail;

    private long editId;
    private String editUsername;
    private String editDisplayName;
    private List<String> editRoles = new ArrayList<>();
    private String editOrganizationId;
    private boolean editActive;
    private String editPassword;
    private long editVersion;
    // kept from the read so that an edit does not clear them (the form does not show them)
    private LocalDate editBirthDate;
    private String editEmail;
    private Set<String> editDisciplines;

    public BoundaryPages<AccountView> getList() {
        if (list == null) {
            Accounts boundary = accounts;
            list = new BoundaryPages<>(boundary::list);
        }
        return list;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String roleLabel(Object role) {
        return role == null ? "" : Messages.text("role." + role);
    }

    public String roleLabels(Set<Role> roles) {
        return roles.stream().sorted().map(r -> Messages.text("role." + r.name())).collect(Collectors.joining("、"));
    }

    public Map<String, String> getOrganizationNames() {
        if (organizationNames == null) {
            Page<OrganizationView> page = FacesErrors.attempt(() -> organizations.list(new PageRequest(0, PageRequest.MAX_SIZE)));
            organizationNames = new LinkedHashMap<>();
            if (page != null) {
                page.items().forEach(o -> organizationNames.put(o.id(), o.name()));
            }
        }
        return organizationNames;
    }

    public List<String> getOrganizationIds() {
        return new ArrayList<>(getOrganizationNames().keySet());
    }

    public String organizationLabel(String id) {
        if (id == null) {
            return "";
        }
        String name = getOrganizationNames().get(id);
        if (name == null) {
            OrganizationView found = FacesErrors.attempt(() -> organizations.find(Long.parseLong(id)));
            name = found == null ? id : found.name();
            organizationNames.put(id, name);
        }
        return name;
    }

    public String lockedUntil(Instant until) {
        return until == null || until.isBefore(Instant.now()) ? "" : MINUTES.format(until.atZone(BusinessTime.ZONE));
    }

    public LocalDate getToday() {
        return LocalDate.now(BusinessTime.ZONE);
    }

    public void startCreate() {
        newUsername = null;
        newPassword = null;
        newDisplayName = null;
        newRoles = new ArrayList<>();
        newOrganizationId = null;
        newBirthDate = null;
        newEmail = null;
    }

    public void create() {
        AccountView created = FacesErrors.attempt(() -> accounts.create(new NewAccount(trim(newUsername), newPassword,
                trim(newDisplayName), roles(newRoles), newOrganizationId, newBirthDate, Set.of(), blankToNull(newEmail))));
        if (created != null) {
            Messages.info("user.created", created.username());
            startCreate();
        }
    }

    public void edit(AccountView row) {
        editId = Long.parseLong(row.id());
        editUsername = row.username();
        editDisplayName = row.displayName();
        editRoles = row.roles().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        editOrganizationId = row.organizationId();
        editActive = row.active();
        editPassword = null;
        editVersion = row.version();
        editBirthDate = row.birthDate();
        editEmail = row.email();
        editDisciplines = row.disciplines();
    }

    public void save() {
        AccountView saved = FacesErrors.attempt(() -> accounts.revise(editId, new AccountChange(trim(editDisplayName),
                roles(editRoles), editOrganizationId, editBirthDate, editDisciplines, editEmail, editActive,
                editPassword == null || editPassword.isEmpty() ? null : editPassword, editVersion)));
        if (saved != null) {
            editVersion = saved.version();
            editPassword = null;
            Messages.info("user.saved", saved.username());
        }
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getNewUsername() { return newUsername; }
    public void setNewUsername(String v) { newUsername = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
    public String getNewDisplayName() { return newDisplayName; }
    public void setNewDisplayName(String v) { newDisplayName = v; }
    public List<String> getNewRoles() { return newRoles; }
    public void setNewRoles(List<String> v) { newRoles = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getNewOrganizationId() { return newOrganizationId; }
    public void setNewOrganizationId(String v) { newOrganizationId = v; }
    public LocalDate getNewBirthDate() { return newBirthDate; }
    public void setNewBirthDate(LocalDate v) { newBirthDate = v; }
    public String getNewEmail() { return newEmail; }
    public void setNewEmail(String v) { newEmail = v; }
    public String getEditUsername() { return editUsername; }
    public String getEditDisplayName() { return editDisplayName; }
    public void setEditDisplayName(String v) { editDisplayName = v; }
    public List<String> getEditRoles() { return editRoles; }
    public void setEditRoles(List<String> v) { editRoles = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getEditOrganizationId() { return editOrganizationId; }
    public void setEditOrganizationId(String v) { editOrganizationId = v; }
    public boolean isEditActive() { return editActive; }
    public void setEditActive(boolean v) { editActive = v; }
    public String getEditPassword() { return editPassword; }
    public void setEditPassword(String v) { editPassword = v; }
    public long getEditVersion() { return editVersion; }
}
