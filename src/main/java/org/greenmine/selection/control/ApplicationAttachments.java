package org.greenmine.selection.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenmine.audit.control.AuditLog;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.platform.control.UploadStore;
import org.greenmine.selection.entity.ApplicationAttachment;
import org.greenmine.selection.entity.MineApplication;
import org.greenmine.selection.entity.RoundState;

/**
 * The files of an application: the applicant adds them while the application can still change,
 * checked by content like every attachment and stored under {@code <data>/application-attachments}
 * with generated names. Who reads them is {@link AttachmentAccess}'s rule; to anyone else an
 * application's files are as good as absent.
 */
@Stateless
public class ApplicationAttachments {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject CampaignScope scope;
  @Inject AuditLog audit;
  @Inject PortalClock time;
  @Inject UploadStore uploads;
  private static final String FOLDER = "application-attachments";

  @RolesAllowed({"MEMBER", "CURATOR", "EXPERT", "ADMIN"})
  public ApplicationAttachment attach(long applicationId, String fileName, byte[] content) {
    MineApplication application = em.find(MineApplication.class, applicationId);
    if (application == null || !application.getApplicant().equals(caller())) {
      throw new NotFound("selection.application.notFound");
    }
    if (!mayAttach(application)) {
      throw new InvalidInput("selection.attachment.closed");
    }
    UploadStore.Stored stored = uploads.store(FOLDER, fileName, content);
    ApplicationAttachment attachment =
        new ApplicationAttachment(
            application,
            stored.originalName(),
            stored.storedName(),
            stored.mediaType(),
            stored.size(),
            stored.sha256(),
            caller(),
            time.now());
    em.persist(attachment);
    em.flush();
    audit.record(
        "application.attachment",
        "application:" + applicationId,
        Map.of("name", attachment.getOriginalName(), "sha256", attachment.getSha256()));
    return attachment;
  }

  /** Whether the applicant may still add files to the application. */
  @PermitAll
  public boolean mayAttach(MineApplication application) {
    Long opened =
        em.createQuery(
                "SELECT COUNT(r) FROM SelectionRound r JOIN r.applicationIds a"
                    + " WHERE a = :application AND r.state <> :draft",
                Long.class)
            .setParameter("application", application.getId())
            .setParameter("draft", RoundState.DRAFT)
            .getSingleResult();
    return AttachmentAccess.mayAttach(
        application.getCampaign().acceptsApplicationsOn(time.today()),
        application.getState(),
        opened > 0);
  }

  /**
   * The application's files, for a caller who may read them; otherwise the application is absent.
   */
  @PermitAll
  public List<ApplicationAttachment> of(long applicationId) {
    MineApplication application = em.find(MineApplication.class, applicationId);
    if (application == null || !mayRead(application)) {
      throw new NotFound("selection.application.notFound");
    }
    return em.createNamedQuery(ApplicationAttachment.OF_APPLICATION, ApplicationAttachment.class)
        .setParameter("application", application)
        .getResultList();
  }

  /** The file, if the caller may download it. */
  @PermitAll
  public Optional<UploadStore.Download> download(long id) {
    ApplicationAttachment attachment = em.find(ApplicationAttachment.class, id);
    if (attachment == null || !mayRead(attachment.getApplication())) {
      return Optional.empty();
    }
    return Optional.of(
        uploads.download(
            FOLDER,
            attachment.getStoredName(),
            attachment.getOriginalName(),
            attachment.getMediaType()));
  }

  private boolean mayRead(MineApplication application) {
    String me = caller();
    boolean expert = session.isCallerInRole("EXPERT");
    Set<RoundState> assignedIn = EnumSet.noneOf(RoundState.class);
    boolean conflicted = false;
    if (expert) {
      assignedIn.addAll(
          em.createQuery(
                  "SELECT a.round.state FROM Assignment a"
                      + " WHERE a.application = :application AND a.expert.username = :me",
                  RoundState.class)
              .setParameter("application", application)
              .setParameter("me", me)
              .getResultList());
      // the rules never assign a conflicted expert; a conflict declared later still shuts the door
      conflicted =
          !em.createQuery(
                  "SELECT c.id FROM ConflictOfInterest c"
                      + " WHERE c.application = :application AND c.expert.username = :me")
              .setParameter("application", application)
              .setParameter("me", me)
              .getResultList()
              .isEmpty();
    }
    boolean staff = session.isCallerInRole("CURATOR") || session.isCallerInRole("ADMIN");
    return AttachmentAccess.mayRead(
        new AttachmentAccess.Reader(
            me != null && me.equals(application.getApplicant()),
            session.isCallerInRole("ADMIN"),
            staff && scope.curates(application.getCampaign()),
            assignedIn,
            conflicted));
  }

  private String caller() {
    return session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
  }
}
