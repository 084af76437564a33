package org.tianshan.grants.platform.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.platform.boundary.NewOrganization;
import org.tianshan.grants.platform.boundary.OrganizationChange;
import org.tianshan.grants.platform.boundary.OrganizationView;
import org.tianshan.grants.platform.boundary.Organizations;
import org.tianshan.grants.platform.entity.OrganizationType;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;

/** /admin/organizations: the paged list, registering an organization and revising one. */
@Named("organizationsScreen")
@ViewScoped
public class OrganizationsScreen implements Serializable {

    @Inject
    Organizations organizations;

    private BoundaryPages<OrganizationView> list;

    private String newName;
    private String newCreditCode;
    private OrganizationType newType;
    private String newJurisdiction;

    private long editId;
    private String editCreditCode;
    private String editName;
    private OrganizationType editType;
    private String editJurisdiction;
    private boolean editActive;
    private long editVersion;

    public BoundaryPages<OrganizationView> getList() {
        if (list == null) {
            Organizations boundary = organizations;
            list = new BoundaryPages<>(boundary::list);
        }
        return list;
    }

    public OrganizationType[] getTypes() {
        return OrganizationType.values();
    }

    public String typeLabel(OrganizationType type) {
        return type == null ? "" : Messages.text("orgType." + type.name());
    }

    public void startCreate() {
        newName = null;
        newCreditCode = null;
        newType = null;
        newJurisdiction = null;
    }

    public void create() {
        OrganizationView created = FacesErrors.attempt(() -> organizations.create(new NewOrganization(
                trim(newName), newCreditCode == null ? null : newCreditCode.strip().toUpperCase(), newType, newJurisdiction)));
        if (created != null) {
            Messages.info("org.created", created.name());
            startCreate();
        }
    }

    public void edit(OrganizationView row) {
        editId = Long.parseLong(row.id());
        editCreditCode = row.creditCode();
        editName = row.name();
        editType = row.type();
        editJurisdiction = row.jurisdiction();
        editActive = row.active();
        editVersion = row.version();
    }

    public void save() {
        OrganizationView saved = FacesErrors.attempt(() -> organizations.revise(editId,
                new OrganizationChange(trim(editName), editType, editJurisdiction, editActive, editVersion)));
        if (saved != null) {
            editVersion = saved.version();
            Messages.info("org.saved", saved.name());
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public String getNewCreditCode() { return newCreditCode; }
    public void setNewCreditCode(String newCreditCode) { this.newCreditCode = newCreditCode; }
    public OrganizationType getNewType() { return newType; }
    public void setNewType(OrganizationType newType) { this.newType = newType; }
    public String getNewJurisdiction() { return newJurisdiction; }
    public void setNewJurisdiction(String newJurisdiction) { this.newJurisdiction = newJurisdiction; }
    public String getEditCreditCode() { return editCreditCode; }
    public String getEditName() { return editName; }
    public void setEditName(String editName) { this.editName = editName; }
    public OrganizationType getEditType() { return editType; }
    public void setEditType(OrganizationType editType) { this.editType = editType; }
    public String getEditJurisdiction() { return editJurisdiction; }
    public void setEditJurisdiction(String editJurisdiction) { this.editJurisdiction = editJurisdiction; }
    public boolean isEditActive() { return editActive; }
    public void setEditActive(boolean editActive) { this.editActive = editActive; }
    public long getEditVersion() { return editVersion; }
}
