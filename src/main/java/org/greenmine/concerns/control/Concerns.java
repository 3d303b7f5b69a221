package org.greenmine.concerns.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenmine.audit.control.AuditLog;
import org.greenmine.concerns.entity.Concern;
import org.greenmine.concerns.entity.ConcernCategory;
import org.greenmine.concerns.entity.ConcernEvent;
import org.greenmine.concerns.entity.ConcernEvidence;
import org.greenmine.concerns.entity.ConcernState;
import org.greenmine.content.control.CuratorScope;
import org.greenmine.identity.control.AccountDirectory;
import org.greenmine.identity.entity.Account;
import org.greenmine.notify.control.Notifications;
import org.greenmine.platform.control.AttachmentType;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.platform.control.TooManyRequests;
import org.greenmine.platform.control.UploadStore;
import org.greenmine.selection.control.RedList;
import org.greenmine.selection.entity.CampaignState;
import org.greenmine.selection.entity.MineApplication;
import org.greenmine.selection.entity.RedListEntry;
import org.greenmine.selection.entity.RedListStatus;

/**
 * Social supervision: anyone raises a concern about a listed mine without logging in and follows it
 * with a private link; the curators of the mine's association acknowledge, investigate and answer
 * it (or reject it with a reason) against response targets; the enterprise may be invited to
 * respond; the answer is published without the reporter's identity. An upheld concern can suspend
 * the mine's red-list entry. Every step is in the audit log.
 */
@Stateless
public class Concerns {
  static final int PER_HOUR = 5;
  static final int MAX_EVIDENCE = 3;
  static final int MIN_TEXT = 20;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject PortalClock time;
  @Inject AuditLog audit;
  @Inject AccountDirectory accounts;
  private static final String EVIDENCE_FOLDER = "concerns";
  @Inject UploadStore uploads;
  @Inject RedList redList;
  @Inject Notifications notifications;

  /** What the reporter wrote. */
  public record Report(
      ConcernCategory category,
      String whatHappened,
      String place,
      LocalDate happenedOn,
      String contact) {}

  /** A file the reporter attached. */
  public record Evidence(String fileName, byte[] content) {}

  /** Given back once: the reference to quote and the secret of the private link. */
  public record Raised(String reference, String token) {}

  /** A mine a concern can be raised about, for the form. */
  public record Mine(long applicationId, String name, String enterprise, String association) {}

  @PermitAll
  public Mine mine(long applicationId) {
    MineApplication application = concernable(applicationId);
    return new Mine(
        application.getId(),
        application.getMineName(),
        application.getEnterprise(),
        application.getCampaign().getAssociation().getCode());
  }

  @PermitAll
  public Raised raise(
      long applicationId, Report report, List<Evidence> evidence, String clientAddress) {
    MineApplication application = concernable(applicationId);
    check(report, evidence);
    String source = FollowToken.hash("concern-source:" + String.valueOf(clientAddress));
    long now = time.now().toEpochMilli();
    long recent =
        em.createQuery(
                "SELECT COUNT(c) FROM Concern c WHERE c.sourceHash = :s AND c.raisedAt > :since",
                Long.class)
            .setParameter("s", source)
            .setParameter("since", now - Duration.ofHours(1).toMillis())
            .getSingleResult();
    if (recent >= PER_HOUR) {
      throw new TooManyRequests("concern.throttled", PER_HOUR);
    }
    String token = FollowToken.newToken();
    Long redListEntry =
        em.createQuery(
                "SELECT e.id FROM RedListEntry e WHERE e.applicationId = :a AND e.status <> :removed",
                Long.class)
            .setParameter("a", application.getId())
            .setParameter("removed", RedListStatus.REMOVED)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Concern concern =
        new Concern(
            application.getCampaign().getAssociation(),
            application.getId(),
            redListEntry,
            application.getMineName(),
            report.category(),
            report.whatHappened().strip(),
            report.place().strip(),
            report.happenedOn(),
            blankToNull(report.contact()),
            FollowToken.hash(token),
            source,
            time.today(),
            now);
    em.persist(concern);
    em.flush(); // the sequence gives the id the reference is made of
    concern.assignReference(FollowToken.reference(time.today().getYear(), concern.getId()));
    for (Evidence file : evidence) {
      store(concern, file);
    }
    em.persist(new ConcernEvent(concern, ConcernState.RECEIVED, null, AuditLog.PUBLIC, now));
    audit.record(
        "concern.raised",
        "concern:" + concern.getReference(),
        Map.of("category", report.category().name(), "application", String.valueOf(applicationId)));
    return new Raised(concern.getReference(), token);
  }

  /**
   * The reporter's view: only with the private link's token (a wrong one looks like no concern).
   */
  @PermitAll
  public Optional<Concern> follow(String reference, String token) {
    return byReference(reference).filter(c -> FollowToken.matches(token, c.getTokenHash()));
  }

  @PermitAll
  public List<ConcernEvent> timeline(Concern concern) {
    return em.createQuery(
            "SELECT e FROM ConcernEvent e WHERE e.concern = :c ORDER BY e.occurredAt, e.id",
            ConcernEvent.class)
        .setParameter("c", concern)
        .getResultList();
  }

  /** Answered concerns, for everyone: the answer and the enterprise's response, never who asked. */
  @PermitAll
  public List<Concern> publicAnswers(int max) {
    return em.createQuery(
            "SELECT c FROM Concern c WHERE c.state IN :settled ORDER BY c.id DESC", Concern.class)
        .setParameter("settled", List.of(ConcernState.ANSWERED, ConcernState.CLOSED))
        .setMaxResults(Math.max(1, Math.min(max, 500)))
        .getResultList();
  }

  /** The concerns a curator handles: their association's (an administrator's: all), open first. */
  @RolesAllowed({"CURATOR", "ADMIN"})
  public List<Concern> desk() {
    boolean admin = session.isCallerInRole("ADMIN");
    String own = admin ? null : ownAssociation();
    String jpql =
        "SELECT c FROM Concern c"
            + (admin ? "" : " WHERE c.association.code = :own")
            + " ORDER BY c.answerBy, c.id";
    var query = em.createQuery(jpql, Concern.class).setMaxResults(1000);
    if (!admin) {
      query.setParameter("own", own);
    }
    return query.getResultList();
  }

  @RolesAllowed({"CURATOR", "ADMIN"})
  public Concern forCurator(String reference) {
    Concern concern = byReference(reference).orElseThrow(() -> new NotFound("concern.notFound"));
    boolean admin = session.isCallerInRole("ADMIN");
    if (!CuratorScope.mayCurate(
        admin,
        session.isCallerInRole("CURATOR"),
        admin ? null : ownAssociation(),
        concern.getAssociation().getCode())) {
      throw new NotFound("concern.notFound");
    }
    return concern;
  }

  @RolesAllowed({"CURATOR", "ADMIN"})
  public List<ConcernEvidence> evidence(String reference) {
    Concern concern = forCurator(reference);
    return em.createQuery(
            "SELECT e FROM ConcernEvidence e WHERE e.concern = :c ORDER BY e.id",
            ConcernEvidence.class)
        .setParameter("c", concern)
        .getResultList();
  }

  /** An evidence file and where it lies, for the curators of its concern only. */
  @RolesAllowed({"CURATOR", "ADMIN"})
  public Optional<UploadStore.Download> evidenceFile(long evidenceId) {
    ConcernEvidence evidence = em.find(ConcernEvidence.class, evidenceId);
    if (evidence == null) {
      return Optional.empty();
    }
    forCurator(evidence.getConcern().getReference());
    return Optional.of(
        uploads.download(
            EVIDENCE_FOLDER,
            evidence.getStoredName(),
            evidence.getFileName(),
            evidence.getMediaType()));
  }

  @RolesAllowed({"CURATOR", "ADMIN"})
  public Concern acknowledge(String reference, String note) {
    return step(reference, ConcernState.ACKNOWLEDGED, note);
  }

  @RolesAllowed({"CURATOR", "ADMIN"})
  public Concern investigate(String reference, String note) {
    return step(reference, ConcernState.INVESTIGATING, note);
  }

  @RolesAllowed({"CURATOR", "ADMIN"})
  public Concern close(String reference, String note) {
    return step(reference, ConcernState.CLOSED, note);
  }

  /**
   * The public answer. Upheld against a mine on the red list, with a date to fix by, it suspends
   * the mine's entry until then (a review the curators finish by reinstating or removing it).
   */
  @RolesAllowed({"CURATOR", "ADMIN"})
  public Concern answer(String reference, String text, boolean upheld, LocalDate suspendUntil) {
    Concern concern = forCurator(reference);
    if (text == null || text.strip().length() < MIN_TEXT || text.length() > Concern.MAX_TEXT) {
      throw new InvalidInput("concern.answer.length", MIN_TEXT, Concern.MAX_TEXT);
    }
    if (suspendUntil != null && (!upheld || concern.getRedListEntryId() == null)) {
      throw new InvalidInput("concern.suspend.notListed");
    }
    concern.answer(text.strip(), upheld);
    record(concern, ConcernState.ANSWERED, upheld ? "upheld" : "not upheld");
    tellReporter(
        concern, "mail.concern.answered.subject", "mail.concern.answered.body", text.strip());
    if (suspendUntil != null) {
      RedListEntry entry = em.find(RedListEntry.class, concern.getRedListEntryId());
      if (entry.getStatus() == RedListStatus.LISTED) {
        redList.change(
            entry.getId(),
            RedListStatus.SUSPENDED,
            // the red list shows reasons as written, so this one is written in both languages
            notifications.text().chinese("concern.suspension.reason", concern.getReference())
                + " / "
                + notifications.text().english("concern.suspension.reason", concern.getReference()),
            suspendUntil);
      }
    }
    return concern;
  }

  @RolesAllowed({"CURATOR", "ADMIN"})
  public Concern reject(String reference, String reason) {
    Concern concern = forCurator(reference);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("concern.reject.reason");
    }
    concern.reject(limit(reason.strip(), 2000));
    record(concern, ConcernState.REJECTED, concern.getRejectionReason());
    tellReporter(
        concern,
        "mail.concern.rejected.subject",
        "mail.concern.rejected.body",
        concern.getRejectionReason());
    return concern;
  }

  /** Asks the enterprise (the account that applied for the mine) to respond through the portal. */
  @RolesAllowed({"CURATOR", "ADMIN"})
  public Concern invite(String reference) {
    Concern concern = forCurator(reference);
    if (concern.getState().settled()) {
      throw new InvalidInput("concern.invite.settled");
    }
    concern.inviteEnterprise();
    record(concern, concern.getState(), "enterprise invited to respond");
    MineApplication application = em.find(MineApplication.class, concern.getApplicationId());
    accounts
        .findByUsername(application.getApplicant())
        .map(Account::getEmail)
        .ifPresent(
            email ->
                notifications.send(
                    email,
                    "mail.concern.invited.subject",
                    "mail.concern.invited.body",
                    concern.getReference(),
                    concern.getMineName(),
                    notifications.link("/account/concerns")));
    return concern;
  }

  /** The concerns an enterprise is invited to answer: those about the mines it applied for. */
  @RolesAllowed({"MEMBER", "CURATOR", "ADMIN", "EXPERT"})
  public List<Concern> invitations() {
    return em.createQuery(
            "SELECT c FROM Concern c, MineApplication a WHERE a.id = c.applicationId"
                + " AND a.applicant = :me AND c.enterpriseInvited = TRUE ORDER BY c.id DESC",
            Concern.class)
        .setParameter("me", session.getCallerPrincipal().getName())
        .getResultList();
  }

  @RolesAllowed({"MEMBER", "CURATOR", "ADMIN", "EXPERT"})
  public Concern respond(String reference, String response) {
    Concern concern =
        invitations().stream()
            .filter(c -> c.getReference().equals(reference))
            .findFirst()
            .orElseThrow(() -> new NotFound("concern.notFound"));
    if (response == null || response.strip().length() < MIN_TEXT) {
      throw new InvalidInput("concern.response.length", MIN_TEXT, Concern.MAX_TEXT);
    }
    concern.enterpriseResponds(limit(response.strip(), Concern.MAX_TEXT));
    record(concern, concern.getState(), "enterprise responded");
    return concern;
  }

  /**
   * Mails the reporter when they left an e-mail address. The private link cannot be sent: only its
   * hash is kept; the mail names the reference and the public answers.
   */
  private void tellReporter(Concern concern, String subjectKey, String bodyKey, String text) {
    if (notifications.validAddress(concern.getContact())) {
      notifications.send(
          concern.getContact(),
          subjectKey,
          bodyKey,
          concern.getReference(),
          concern.getMineName(),
          text,
          notifications.link("/concerns"));
    }
  }

  private Concern step(String reference, ConcernState target, String note) {
    Concern concern = forCurator(reference);
    concern.moveTo(target);
    record(concern, target, blankToNull(note) == null ? null : limit(note.strip(), 2000));
    return concern;
  }

  private void record(Concern concern, ConcernState state, String note) {
    String actor = session.getCallerPrincipal().getName();
    em.persist(new ConcernEvent(concern, state, note, actor, time.now().toEpochMilli()));
    audit.record(
        "concern." + state.name().toLowerCase(java.util.Locale.ROOT),
        "concern:" + concern.getReference(),
        note == null ? Map.of() : Map.of("note", limit(note, 200)));
  }

  private Optional<Concern> byReference(String reference) {
    if (reference == null || reference.length() > 20) {
      return Optional.empty();
    }
    return em.createQuery("SELECT c FROM Concern c WHERE c.reference = :r", Concern.class)
        .setParameter("r", reference.strip())
        .getResultStream()
        .findFirst();
  }

  /** A mine the public may raise a concern about: in a selection past its draft, or listed. */
  private MineApplication concernable(long applicationId) {
    MineApplication application = em.find(MineApplication.class, applicationId);
    if (application == null || application.getCampaign().getState() == CampaignState.DRAFT) {
      throw new NotFound("concern.mine.notFound");
    }
    return application;
  }

  private static void check(Report report, List<Evidence> evidence) {
    if (report.category() == null) {
      throw new InvalidInput("concern.category.missing");
    }
    String what = report.whatHappened() == null ? "" : report.whatHappened().strip();
    if (what.length() < MIN_TEXT || what.length() > Concern.MAX_TEXT) {
      throw new InvalidInput("concern.what.length", MIN_TEXT, Concern.MAX_TEXT);
    }
    String place = report.place() == null ? "" : report.place().strip();
    if (place.isEmpty() || place.length() > 300) {
      throw new InvalidInput("concern.place");
    }
    if (report.happenedOn() == null) {
      throw new InvalidInput("concern.when");
    }
    if (report.contact() != null && report.contact().length() > 200) {
      throw new InvalidInput("concern.contact");
    }
    if (evidence.size() > MAX_EVIDENCE) {
      throw new InvalidInput("concern.evidence.count", MAX_EVIDENCE);
    }
    for (Evidence file : evidence) {
      AttachmentType.check(file.fileName(), file.content());
    }
  }

  private void store(Concern concern, Evidence file) {
    UploadStore.Stored stored = uploads.store(EVIDENCE_FOLDER, file.fileName(), file.content());
    em.persist(
        new ConcernEvidence(
            concern,
            stored.storedName(),
            stored.originalName(),
            stored.mediaType(),
            (int) stored.size()));
  }

  private String ownAssociation() {
    return accounts
        .findByUsername(session.getCallerPrincipal().getName())
        .map(Account::getAssociation)
        .map(a -> a.getCode())
        .orElse(null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String limit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
