package org.tianshan.grants.project.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.tianshan.grants.platform.boundary.Caller;
import org.tianshan.grants.project.boundary.ContractDocument;
import org.tianshan.grants.project.boundary.ContractStatus;
import org.tianshan.grants.project.boundary.PlanChange;
import org.tianshan.grants.project.boundary.ProjectView;
import org.tianshan.grants.project.boundary.Projects;
import org.tianshan.grants.project.boundary.SignatureView;
import org.tianshan.grants.web.screens.CurrentUser;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.Messages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * /app/project.xhtml?id=… (任务书): one project for its circle — header, budget, tranches, KPIs and
 * milestones (the PI edits them while CONTRACTING and before the officer's confirmation, never a KPI below
 * the application's floor), the officer's confirmation, the three signatures (PI, host unit, bureau) and
 * the contract PDF. Every rule is the boundary's; the screen only offers what the caller's role allows.
 */
@Named("projectScreen")
@ViewScoped
public class ProjectScreen implements Serializable {

    /** The parties in signing order, as the boundary names them. */
    public static final List<String> PARTIES = List.of("PI", "UNIT", "BUREAU");

    @Inject
    Projects projects;

    @Inject
    CurrentUser user;

    private Long id;
    private ProjectView project;
    private final List<KpiRow> kpis = new ArrayList<>();
    private final List<MilestoneRow> milestones = new ArrayList<>();

    /** A KPI as edited: its code, the target typed, the floor it may not go below. */
    public static class KpiRow implements Serializable {
        private final String code;
        private final String floor;
        private String target;

        KpiRow(String code, String target, String floor) {
            this.code = code;
            this.target = target;
            this.floor = floor;
        }

        public String getCode() { return code; }
        public String getFloor() { return floor; }
        public String getTarget() { return target; }
        public void setTarget(String target) { this.target = target; }
    }

    /** A milestone as edited. */
    public static class MilestoneRow implements Serializable {
        private final int seq;
        private LocalDate dueOn;
        private String description;

        MilestoneRow(int seq, LocalDate dueOn, String description) {
            this.seq = seq;
            this.dueOn = dueOn;
            this.description = description;
        }

        public int getSeq() { return seq; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    /** One row of the signature table: the party and its signature, or none yet (待签署). */
    public record SignatureRow(String role, SignatureView signature) implements Serializable {
    }

    public void load() {
        if (id == null) {
            return;
        }
        show(FacesErrors.attempt(() -> projects.find(id)));
    }

    private void show(ProjectView read) {
        project = read;
        kpis.clear();
        milestones.clear();
        if (read != null) {
            read.kpis().forEach(k -> kpis.add(new KpiRow(k.code(), k.target(), k.floor())));
            read.milestones().forEach(m -> milestones.add(new MilestoneRow(m.seq(), m.dueOn(), m.description())));
        }
    }

    // --- who may do what (the boundary decides; the screen offers) -------------------------------

    private boolean contracting() {
        return project != null && "CONTRACTING".equals(project.status());
    }

    public boolean isPi() {
        return project != null && project.piUsername().equals(user.getUsername());
    }

    private boolean isUnit() {
        Optional<Caller> me = user.caller();
        return project != null && user.has("UNIT_ADMIN") && me.isPresent()
                && project.hostOrganizationId().equals(me.get().organizationId());
    }

    /** The PI edits KPIs and milestones while CONTRACTING and before the confirmation. */
    public boolean isEditable() {
        return contracting() && !project.planConfirmed() && isPi();
    }

    public boolean isConfirmable() {
        return contracting() && !project.planConfirmed() && user.has("PROGRAM_OFFICER");
    }

    /** The parties the caller may still sign for: only a confirmed, CONTRACTING contract, each party once. */
    public List<String> getSignable() {
        if (!contracting() || !project.planConfirmed()) {
            return List.of();
        }
        List<String> mine = new ArrayList<>();
        for (String party : PARTIES) {
            boolean mayFor = switch (party) {
                case "PI" -> isPi();
                case "UNIT" -> isUnit();
                default -> user.has("PROGRAM_OFFICER");
            };
            if (mayFor && signatureOf(party) == null) {
                mine.add(party);
            }
        }
        return mine;
    }

    public List<SignatureRow> getSignatures() {
        return PARTIES.stream().map(p -> new SignatureRow(p, signatureOf(p))).toList();
    }

    private SignatureView signatureOf(String party) {
        return project == null ? null : project.signatures().stream().filter(s -> s.role().equals(party)).findFirst().orElse(null);
    }

    // --- actions ----------------------------------------------------------------------------------

    public void savePlan() {
        List<PlanChange.KpiTarget> targets = kpis.stream()
                .map(k -> new PlanChange.KpiTarget(k.getCode(), k.getTarget() == null ? "" : k.getTarget().strip())).toList();
        List<PlanChange.MilestoneEntry> dated = milestones.stream()
                .map(m -> new PlanChange.MilestoneEntry(m.getDueOn() == null ? "" : m.getDueOn().toString(),
                        m.getDescription() == null ? "" : m.getDescription())).toList();
        long version = project.version();
        ProjectView saved = FacesErrors.attempt(() -> projects.refinePlan(id, new PlanChange(targets, dated, version)));
        if (saved != null) {
            show(saved);
            Messages.info("project.plan.saved");
        }
    }

    public void confirmPlan() {
        ProjectView confirmed = FacesErrors.attempt(() -> projects.confirmPlan(id));
        if (confirmed != null) {
            show(confirmed);
            Messages.info("project.plan.confirmed");
        }
    }

    public void sign(String party) {
        ContractStatus signed = FacesErrors.attempt(() -> projects.sign(id, Optional.of(party)));
        if (signed != null) {
            load();
            Messages.info("ACTIVE".equals(signed.status()) ? "project.sign.active" : "project.sign.done",
                    Messages.text("signatory." + party));
        }
    }

    /** The contract (任务书) PDF from the boundary, as a download. */
    public StreamedContent getContractPdf() {
        ContractDocument pdf = FacesErrors.attempt(() -> projects.contractPdf(id));
        if (pdf == null) {
            return null;
        }
        byte[] content = pdf.content();
        return DefaultStreamedContent.builder().name(pdf.fileName()).contentType("application/pdf")
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ProjectView getProject() { return project; }
    public List<KpiRow> getKpis() { return kpis; }
    public List<MilestoneRow> getMilestones() { return milestones; }
}
