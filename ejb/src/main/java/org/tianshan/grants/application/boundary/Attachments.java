package org.tianshan.grants.application.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.application.control.ApplicationCircle;
import org.tianshan.grants.application.control.PdfInspection;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.application.entity.Attachment;
import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.RuleViolation;
import org.tianshan.grants.kernel.Sha256;
import org.tianshan.grants.kernel.StateConflict;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PDF attachments of an application (申报书附件): the PI adds and removes them while the application
 * is a DRAFT; its circle lists and downloads them. Every file is inspected from its bytes
 * ({@link PdfInspection}); at most {@value #MAX_FILES} files and {@value #MAX_TOTAL_MB} MB per application.
 */
@Stateless
public class Attachments {

    public static final int MAX_FILES = 10;
    public static final int MAX_TOTAL_MB = 50;
    public static final Set<String> KINDS = Set.of("PROPOSAL", "BUDGET_NOTE", "SUPPORTING", "OTHER");

    @PersistenceContext
    EntityManager em;

    @Inject
    ApplicationCircle circle;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /**
     * Attaches a PDF to a DRAFT (PI only; others 404). The type is sniffed from the bytes, the PDF
     * parsed and refused (400) if it is not one, is encrypted or carries active content; the
     * application's version is raised, so a submission racing the upload conflicts (409) instead of
     * freezing a half-known set.
     */
    @RolesAllowed(Roles.APPLICANT)
    public AttachmentView add(long applicationId, String kind, String fileName, byte[] content) {
        GrantApplication application = draft(applicationId);
        String kindValue = kind == null || kind.isBlank() ? "OTHER" : kind;
        if (!KINDS.contains(kindValue)) {
            throw new InvalidInput("kind", "one of PROPOSAL, BUDGET_NOTE, SUPPORTING, OTHER");
        }
        String name = safeName(fileName);
        PdfInspection.Result pdf = PdfInspection.inspect(content, name);
        Object[] usage = em.createNamedQuery(Attachment.TOTAL_SIZE, Object[].class).setParameter("application", applicationId)
                .getSingleResult();
        long files = ((Number) usage[0]).longValue();
        long bytes = ((Number) usage[1]).longValue();
        if (files >= MAX_FILES) {
            throw new RuleViolation("ATTACHMENT_LIMIT", "an application has at most " + MAX_FILES + " attachments");
        }
        if (bytes + content.length > MAX_TOTAL_MB * 1024L * 1024L) {
            throw new RuleViolation("ATTACHMENT_LIMIT", "an application's attachments total at most " + MAX_TOTAL_MB + " MB");
        }
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        String sha256 = Sha256.hex(content);
        Attachment attachment = new Attachment(applicationId, kindValue, name, pdf.contentType(), content, sha256, pdf.pages(),
                application.piUsername(), clock.instant());
        em.persist(attachment);
        em.flush();
        events.fire(new DomainEvent("ATTACHMENT_ADDED", "GrantApplication", Long.toString(applicationId),
                Map.of("attachmentId", attachment.id().toString(), "fileName", name, "sha256", sha256,
                        "size", Integer.toString(content.length))));
        return AttachmentView.of(attachment.meta());
    }

    /** Removes an attachment of a DRAFT (PI only). */
    @RolesAllowed(Roles.APPLICANT)
    public void remove(long applicationId, long attachmentId) {
        GrantApplication application = draft(applicationId);
        Attachment attachment = attachmentOf(applicationId, attachmentId);
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.remove(attachment);
        events.fire(new DomainEvent("ATTACHMENT_REMOVED", "GrantApplication", Long.toString(applicationId),
                Map.of("attachmentId", Long.toString(attachmentId), "fileName", attachment.fileName(), "sha256", attachment.sha256())));
        em.flush();
    }

    /** The attachments of an application, for its circle (others 404). */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public List<AttachmentView> list(long applicationId) {
        circle.readable(applicationId);
        return AttachmentView.of(em, applicationId);
    }

    /** One attachment's bytes, for the application's circle (others 404). */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public AttachmentFile download(long applicationId, long attachmentId) {
        circle.readable(applicationId);
        Attachment attachment = attachmentOf(applicationId, attachmentId);
        return new AttachmentFile(attachment.fileName(), attachment.contentType(), attachment.sha256(), attachment.content());
    }

    private Attachment attachmentOf(long applicationId, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.applicationId() != applicationId) {
            throw new NotFound("attachment", attachmentId);
        }
        return attachment;
    }

    private GrantApplication draft(long applicationId) {
        GrantApplication application = circle.asPi(applicationId);
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new StateConflict("WRONG_STATE", "application " + applicationId + " is " + application.status()
                    + "; attachments change only while it is a DRAFT");
        }
        return application;
    }

    /** The last path segment, control characters removed, at most 200 characters; must end in .pdf. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            throw new InvalidInput("fileName", "the file needs a name");
        }
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
