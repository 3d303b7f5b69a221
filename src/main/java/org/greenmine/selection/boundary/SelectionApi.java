package org.greenmine.selection.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.selection.control.ApplicationAttachments;
import org.greenmine.selection.control.Applications;
import org.greenmine.selection.control.Ballots;
import org.greenmine.selection.control.Campaigns;
import org.greenmine.selection.control.Experts;
import org.greenmine.selection.control.PublicNotice;
import org.greenmine.selection.control.ResultExplanation;
import org.greenmine.selection.control.Rounds;
import org.greenmine.selection.entity.ApplicationAttachment;
import org.greenmine.selection.entity.Assignment;
import org.greenmine.selection.entity.Ballot;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.MineApplication;
import org.greenmine.selection.entity.MineScale;
import org.greenmine.selection.entity.RoundResult;
import org.greenmine.selection.entity.ScoringMethod;
import org.greenmine.selection.entity.SelectionRound;
import org.greenmine.selection.entity.TiePolicy;
import org.greenmine.selection.entity.Vote;
import org.greenmine.technology.entity.MiningMethod;

/**
 * The selection as JSON, for scripts and other systems: the same services as the pages, so the same
 * rules (roles, conflicts, secrecy until release) hold whichever way a request comes in.
 */
@Path("selections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelectionApi {
  @PersistenceContext EntityManager em;
  @Inject Applications applications;
  @Inject Experts experts;
  @Inject Rounds rounds;
  @Inject Ballots ballots;
  @Inject PublicNotice notice;
  @Inject Campaigns campaigns;
  @Inject ApplicationAttachments attachments;
  @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest request;
  @Inject org.greenmine.selection.control.CampaignScope scope;

  public record CampaignView(
      long id, String slug, int year, String titleZh, String titleEn, String state) {}

  public record ApplicationView(
      long id, String mine, String enterprise, String creditCode, String state, String reason) {}

  public record RoundView(
      long id, int number, String type, String state, String fingerprint, int applications) {}

  public record ResultView(
      long application, BigDecimal value, Integer rank, String outcome, String explanation) {}

  public record BallotView(
      long id,
      long application,
      String expert,
      int sequence,
      boolean counting,
      BigDecimal total,
      String vote,
      Instant castAt,
      String receipt) {}

  /** An application as submitted by JSON. */
  public static class ApplicationRequest {
    public String mineName;
    public String enterprise;
    public String creditCode;
    public String regionCode;
    public String mineral;
    public String miningMethod;
    public String scale;
    public String licenceNumber;
    public LocalDate licenceValidUntil;
    public LocalDate latestPenalty;
    public LocalDate latestMajorAccident;
    public boolean onAbnormalList;
    public BigDecimal reserveYears;
    public boolean protectedAreaOverlap;
    public Map<String, BigDecimal> scores;
    public Map<String, String> evidence;
  }

  public static class Decision {
    public boolean eligible;
    public String reason;
  }

  /** A file for an application, its bytes in base64. */
  public static class AttachmentRequest {
    public String fileName;
    public String content;
  }

  /** An application's file and where to download it. */
  public record AttachmentView(
      long id, String name, String mediaType, long size, String sha256, String download) {}

  public static class ExpertRequest {
    public String username;
    public String displayName;
    public String affiliation;
    public String affiliationCreditCode;
    public List<String> groupCreditCodes;
    public String provinceCode;
    public List<String> expertise;
  }

  public static class RoundRequest {
    public String type;
    public String method;
    public boolean normalise;
    public int minScores = 1;
    public int expertsPerApplication;
    public Integer advanceTop;
    public BigDecimal cutScore;
    public String tiePolicy;
    public String threshold;
    public String quorum;
  }

  public static class BallotRequest {
    public Map<String, BigDecimal> scores;
    public String vote;
    public String comment;
  }

  public static class NoticeRequest {
    public LocalDate opens;
    public LocalDate closes;
  }

  public static class ObjectionRequest {
    public String name;
    public String contact;
    public String reason;
    public String evidence;
  }

  public static class Resolution {
    public boolean upheld;
    public String resolution;
  }

  @GET
  @Operation(summary = "The campaigns of the excellent-mine selection")
  public List<CampaignView> campaigns() {
    return scope.all().stream().map(SelectionApi::view).toList();
  }

  /** A criterion: an indicator or an item (level 3) with its maximum points. */
  public record CriterionView(
      String code, String parent, int level, String nameZh, String nameEn, BigDecimal maxPoints) {}

  /** A new campaign as a curator sends it. */
  public static class CampaignRequest {
    public String slug;
    public int year;
    public String titleZh;
    public String titleEn;
    public LocalDate applicationsOpen;
    public LocalDate applicationsClose;
    public LocalDate reviewUntil;
    public Integer provinceQuota;
    public boolean sameProvinceConflict;
    public String criteriaSet;
  }

  @POST
  @Operation(summary = "Create a campaign of the curator's association, as a draft")
  @APIResponse(responseCode = "400", description = "invalid schedule, name or criteria set")
  public CampaignView create(CampaignRequest r) {
    return view(
        campaigns.create(
            new Campaigns.Draft(
                r.slug,
                r.year,
                r.titleZh,
                r.titleEn,
                r.applicationsOpen,
                r.applicationsClose,
                r.reviewUntil,
                r.provinceQuota,
                r.sameProvinceConflict,
                r.criteriaSet)));
  }

  @POST
  @Path("{campaign}/open")
  @Operation(summary = "Open a draft campaign for applications (curators)")
  public CampaignView openApplications(@PathParam("campaign") long campaign) {
    return view(campaigns.openApplications(campaign));
  }

  @GET
  @Path("rounds/{id}/assignments")
  @Operation(summary = "Who judges which application in a round (curators; never the ballots)")
  public List<Map<String, Long>> assignments(@PathParam("id") long round) {
    return rounds.assignments(round).stream()
        .map(
            a ->
                Map.of(
                    "application", a.getApplication().getId(),
                    "expert", a.getExpert().getId()))
        .toList();
  }

  public static class Adjustment {
    public long application;
    public long remove;
    public long add;
  }

  @POST
  @Path("rounds/{id}/adjust")
  @Operation(
      summary =
          "Swap one expert of an application's panel for another, under the same rules (curators)")
  public Map<String, Object> adjust(@PathParam("id") long round, Adjustment a) {
    return Map.of("problems", rounds.adjust(round, a.application, a.remove, a.add));
  }

  @GET
  @Path("{campaign}/criteria")
  @Operation(summary = "The campaign's criteria tree, in order (items are level 3)")
  public List<CriterionView> criteria(@PathParam("campaign") long campaign) {
    Campaign c = em.find(Campaign.class, campaign);
    if (c == null) {
      throw new org.greenmine.platform.control.NotFound("selection.campaign.notFound");
    }
    return scope.criteria(c).stream()
        .map(
            x ->
                new CriterionView(
                    x.getCode(),
                    x.getParentCode(),
                    x.getLevel(),
                    x.getNameZh(),
                    x.getNameEn(),
                    x.getMaxPoints()))
        .toList();
  }

  @POST
  @Path("{campaign}/applications")
  @Operation(summary = "Apply for a mine (logged-in members, within the application window)")
  @APIResponse(responseCode = "400", description = "invalid or out of the window")
  public ApplicationView apply(@PathParam("campaign") long campaign, ApplicationRequest r) {
    if (r == null) {
      throw new InvalidInput("selection.apply.prerequisites");
    }
    MineApplication a =
        applications.apply(
            campaign,
            new Applications.Form(
                r.mineName,
                r.enterprise,
                r.creditCode,
                r.regionCode,
                r.mineral,
                choice(MiningMethod.class, r.miningMethod),
                choice(MineScale.class, r.scale),
                new MineApplication.Declarations(
                    r.licenceNumber,
                    r.licenceValidUntil,
                    r.latestPenalty,
                    r.latestMajorAccident,
                    r.onAbnormalList,
                    r.reserveYears,
                    r.protectedAreaOverlap),
                r.scores == null ? Map.of() : r.scores,
                r.evidence == null ? Map.of() : r.evidence));
    return view(a);
  }

  @GET
  @Path("applications/mine")
  @Operation(summary = "The caller's applications with their standing")
  public List<ApplicationView> myApplications() {
    return applications.mine().stream().map(SelectionApi::view).toList();
  }

  @POST
  @Path("applications/{id}/attachments")
  @Operation(
      summary =
          "The applicant attaches a file (PDF, DOCX, XLSX, PNG or JPEG, checked by content)"
              + " while the application can still change")
  @APIResponse(responseCode = "400", description = "refused file, or the application is closed")
  public AttachmentView attach(@PathParam("id") long id, AttachmentRequest r) {
    byte[] content;
    try {
      content =
          r == null || r.content == null
              ? new byte[0]
              : java.util.Base64.getMimeDecoder().decode(r.content);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("selection.attachment.base64");
    }
    return view(attachments.attach(id, r == null ? null : r.fileName, content));
  }

  @GET
  @Path("applications/{id}/attachments")
  @Operation(
      summary =
          "An application's files: for the applicant, its curators, administrators and the"
              + " experts judging it")
  public List<AttachmentView> attachments(@PathParam("id") long id) {
    return attachments.of(id).stream().map(this::view).toList();
  }

  private AttachmentView view(ApplicationAttachment a) {
    return new AttachmentView(
        a.getId(),
        a.getOriginalName(),
        a.getMediaType(),
        a.getSize(),
        a.getSha256(),
        request.getContextPath()
            + "/application-attachments/"
            + a.getId()
            + "/"
            + a.getStoredName());
  }

  @POST
  @Path("applications/{id}/eligibility")
  @Operation(summary = "A curator's eligibility decision, with the reason the applicant sees")
  public ApplicationView decide(@PathParam("id") long id, Decision d) {
    return view(applications.decideEligibility(id, d.eligible, d.reason));
  }

  @POST
  @Path("experts")
  @Operation(summary = "Register an expert (curators)")
  public Map<String, Long> registerExpert(ExpertRequest r) {
    var expert =
        experts.register(
            r.username,
            r.displayName,
            r.affiliation,
            r.affiliationCreditCode,
            r.groupCreditCodes == null ? List.of() : r.groupCreditCodes,
            r.provinceCode,
            r.expertise == null ? List.of() : r.expertise);
    return Map.of("id", expert.getId());
  }

  @POST
  @Path("{campaign}/conflicts/detect")
  @Operation(summary = "Find conflicts of interest by the rules (curators)")
  public Map<String, Integer> detect(@PathParam("campaign") long campaign) {
    return Map.of("added", experts.detect(campaign));
  }

  @POST
  @Path("applications/{id}/conflicts")
  @Operation(summary = "An expert declares a conflict with an application")
  public Map<String, Long> declare(@PathParam("id") long application, Decision reason) {
    return Map.of("id", experts.declare(application, reason.reason).getId());
  }

  @POST
  @Path("{campaign}/rounds")
  @Operation(summary = "Create the next round (curators)")
  public RoundView createRound(@PathParam("campaign") long campaign, RoundRequest r) {
    SelectionRound round =
        "APPROVAL".equalsIgnoreCase(r.type)
            ? rounds.createApproval(campaign, r.expertsPerApplication, r.threshold, r.quorum)
            : rounds.createScoring(
                campaign,
                new Rounds.ScoringSetup(
                    choice(ScoringMethod.class, r.method),
                    r.normalise,
                    r.minScores,
                    r.expertsPerApplication,
                    r.advanceTop,
                    r.cutScore,
                    r.tiePolicy == null
                        ? TiePolicy.ALL_ADVANCE
                        : choice(TiePolicy.class, r.tiePolicy)));
    return view(round);
  }

  @POST
  @Path("rounds/{id}/assign")
  @Operation(summary = "Assign experts automatically; lists the problems when impossible")
  public Map<String, Object> assign(@PathParam("id") long round) {
    List<String> problems = rounds.assignAutomatically(round);
    return Map.of("problems", problems, "assignments", rounds.assignments(round).size());
  }

  @POST
  @Path("rounds/{id}/open")
  public RoundView open(@PathParam("id") long round) {
    return view(rounds.open(round));
  }

  @POST
  @Path("rounds/{id}/close")
  public RoundView close(@PathParam("id") long round) {
    return view(rounds.close(round));
  }

  @POST
  @Path("rounds/{id}/release")
  public RoundView release(@PathParam("id") long round) {
    return view(rounds.release(round));
  }

  @GET
  @Path("rounds/{id}/progress")
  @Operation(summary = "Counts only, before release (curators)")
  public Rounds.Progress progress(@PathParam("id") long round) {
    return rounds.progress(round);
  }

  @GET
  @Path("rounds/{id}/results")
  @Operation(summary = "Results and every counting ballot, after release (curators)")
  @APIResponse(responseCode = "400", description = "not released yet")
  public Map<String, Object> results(@PathParam("id") long round) {
    List<ResultView> results = new ArrayList<>();
    for (RoundResult r : rounds.results(round)) {
      results.add(
          new ResultView(
              r.getApplicationId(),
              r.getValue(),
              r.getRank(),
              r.getOutcome().name(),
              english(r.getExplanation())));
    }
    List<BallotView> all = rounds.ballots(round).stream().map(SelectionApi::view).toList();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("results", results);
    answer.put("ballots", all);
    return answer;
  }

  @GET
  @Path("{campaign}/results")
  @Operation(
      summary =
          "Results of the released rounds, for anyone: experts appear only as letters (A, B, …)")
  public List<Rounds.ReleasedRound> releasedResults(@PathParam("campaign") long campaign) {
    return rounds.releasedResults(campaign).stream()
        .map(r -> r.explained(SelectionApi::english))
        .toList();
  }

  /** A stored explanation in English: the API speaks English. */
  private static String english(String stored) {
    return ResultExplanation.render(stored, PageMessages.englishBundle());
  }

  @GET
  @Path("assignments")
  @Operation(summary = "The calling expert's assignments in open rounds")
  public List<Map<String, Object>> myAssignments() {
    List<Map<String, Object>> answer = new ArrayList<>();
    for (Assignment a : ballots.openAssignments()) {
      answer.add(
          Map.of(
              "id", a.getId(),
              "round", a.getRound().getId(),
              "type", a.getRound().getType().name(),
              "application", a.getApplication().getId(),
              "mine", a.getApplication().getMineName()));
    }
    return answer;
  }

  @POST
  @Path("assignments/{id}/ballots")
  @Operation(summary = "Cast a ballot (the assigned expert, while the round is open)")
  @APIResponse(responseCode = "200", description = "the ballot with its receipt")
  public BallotView cast(@PathParam("id") long assignment, BallotRequest r) {
    Ballot ballot =
        r.vote != null
            ? ballots.castVote(assignment, choice(Vote.class, r.vote), r.comment)
            : ballots.castScores(assignment, r.scores == null ? Map.of() : r.scores, r.comment);
    return view(ballot);
  }

  @GET
  @Path("assignments/{id}/ballots")
  @Operation(summary = "The calling expert's own ballots on one assignment")
  public List<BallotView> myBallots(@PathParam("id") long assignment) {
    return ballots.myBallots(assignment).stream().map(SelectionApi::view).toList();
  }

  @GET
  @Path("receipts/{receipt}")
  @Operation(summary = "An expert checks a receipt: the ballot it belongs to and whether it counts")
  public BallotView receipt(@PathParam("receipt") String receipt) {
    return view(ballots.byReceipt(receipt));
  }

  @POST
  @Path("{campaign}/notice")
  public CampaignView startNotice(@PathParam("campaign") long campaign, NoticeRequest r) {
    return view(notice.startNotice(campaign, r.opens, r.closes));
  }

  @GET
  @Path("{campaign}/proposed")
  @Operation(summary = "The proposed list during the public notice")
  public List<ApplicationView> proposed(@PathParam("campaign") long campaign) {
    return notice.proposed(campaign).stream().map(SelectionApi::publicView).toList();
  }

  @POST
  @Path("applications/{id}/objections")
  @Operation(summary = "Object to a proposed award during the public notice (anyone)")
  public Map<String, Long> object(@PathParam("id") long application, ObjectionRequest r) {
    return Map.of(
        "id",
        notice
            .object(application, r.name, r.contact, r.reason, r.evidence, request.getRemoteAddr())
            .getId());
  }

  public record ObjectionView(long id, long application, String state, String reason) {}

  @GET
  @Path("{campaign}/objections")
  @Operation(summary = "The objections filed against a campaign's proposed list (curators)")
  public List<ObjectionView> objections(@PathParam("campaign") long campaign) {
    return notice.objections(campaign).stream()
        .map(
            o ->
                new ObjectionView(
                    o.getId(), o.getApplication().getId(), o.getState().name(), o.getReason()))
        .toList();
  }

  @POST
  @Path("objections/{id}/resolution")
  public Map<String, String> resolve(@PathParam("id") long objection, Resolution r) {
    return Map.of("state", notice.resolve(objection, r.upheld, r.resolution).getState().name());
  }

  @POST
  @Path("{campaign}/awards")
  @Operation(summary = "Final award list after the notice period (curators)")
  public List<Map<String, String>> finalise(@PathParam("campaign") long campaign) {
    return notice.finalise(campaign).stream()
        .map(
            a ->
                Map.of(
                    "certificate", a.getCertificateNo(),
                    "mine", a.getApplication().getMineName()))
        .toList();
  }

  static CampaignView view(Campaign c) {
    return new CampaignView(
        c.getId(), c.getSlug(), c.getYear(), c.getTitleZh(), c.getTitleEn(), c.getState().name());
  }

  static ApplicationView view(MineApplication a) {
    return new ApplicationView(
        a.getId(),
        a.getMineName(),
        a.getEnterprise(),
        a.getCreditCode(),
        a.getState().name(),
        a.getReason());
  }

  /** What the public sees of a proposed application. */
  static ApplicationView publicView(MineApplication a) {
    return new ApplicationView(
        a.getId(),
        a.getMineName(),
        a.getEnterprise(),
        a.getCreditCode(),
        a.getState().name(),
        a.getState().name().equals("REMOVED") ? a.getReason() : null);
  }

  static RoundView view(SelectionRound r) {
    return new RoundView(
        r.getId(),
        r.getNumber(),
        r.getType().name(),
        r.getState().name(),
        r.getSetupFingerprint(),
        r.getApplicationIds().size());
  }

  static BallotView view(Ballot b) {
    return new BallotView(
        b.getId(),
        b.getAssignment().getApplication().getId(),
        b.getAssignment().getExpert().getUsername(),
        b.getSequence(),
        b.isCounting(),
        b.getTotal(),
        b.getVote() == null ? null : b.getVote().name(),
        b.getCastAt(),
        b.getReceipt());
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value) {
    try {
      return Enum.valueOf(
          type, value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("selection.choice.invalid", value);
    }
  }
}
