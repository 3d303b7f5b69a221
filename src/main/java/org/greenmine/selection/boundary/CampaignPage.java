package org.greenmine.selection.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.boundary.PageResponses;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.selection.control.Applications;
import org.greenmine.selection.control.CampaignScope;
import org.greenmine.selection.control.Experts;
import org.greenmine.selection.control.PublicNotice;
import org.greenmine.selection.control.ResultExplanation;
import org.greenmine.selection.control.Rounds;
import org.greenmine.selection.entity.ApplicationState;
import org.greenmine.selection.entity.Award;
import org.greenmine.selection.entity.Ballot;
import org.greenmine.selection.entity.CampaignState;
import org.greenmine.selection.entity.ConflictOfInterest;
import org.greenmine.selection.entity.ConflictSource;
import org.greenmine.selection.entity.MineApplication;
import org.greenmine.selection.entity.MineScale;
import org.greenmine.selection.entity.Objection;
import org.greenmine.selection.entity.ObjectionState;
import org.greenmine.selection.entity.Outcome;
import org.greenmine.selection.entity.RoundResult;
import org.greenmine.selection.entity.RoundState;
import org.greenmine.selection.entity.RoundType;
import org.greenmine.selection.entity.ScoringMethod;
import org.greenmine.selection.entity.SelectionRound;
import org.greenmine.selection.entity.SelfAssessment;
import org.greenmine.selection.entity.TiePolicy;
import org.greenmine.selection.entity.Vote;
import org.greenmine.technology.entity.MiningMethod;

/**
 * A curator runs one campaign: eligibility of the applications, the expert registry and conflicts
 * of interest, the rounds (set up, assign, open, close, release, results), the public notice with
 * its objections, and the final award list.
 */
@Named
@ViewScoped
public class CampaignPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CampaignScope campaigns;
  @Inject Applications applications;
  @Inject Experts experts;
  @Inject Rounds rounds;
  @Inject PublicNotice notice;
  @Inject org.greenmine.selection.control.Campaigns campaignService;
  @Inject ProvinceNames provinceNames;
  @Inject org.greenmine.selection.control.ApplicationAttachments attachments;

  /** An application with the eligibility decision being written. */
  public static class ApplicationRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String mine;
    private final String enterprise;
    private final String creditCode;
    private final ProvinceNames.Name province;
    private final String mineral;
    private final MiningMethod method;
    private final MineScale scale;
    private final String submittedOn;
    private final ApplicationState state;
    private final String stateReason;
    private final BigDecimal selfTotal;
    private final List<Unmet> unmet;
    private final List<AttachmentLink> files;
    private String reason;

    ApplicationRow(
        MineApplication a,
        ProvinceNames.Name province,
        BigDecimal selfTotal,
        List<Unmet> unmet,
        List<AttachmentLink> files) {
      id = a.getId();
      mine = a.getMineName();
      enterprise = a.getEnterprise();
      creditCode = a.getCreditCode();
      this.province = province;
      mineral = a.getMineral();
      method = a.getMiningMethod();
      scale = a.getScale();
      submittedOn = a.getSubmittedAt().atZone(PortalClock.CHINA).toLocalDate().toString();
      state = a.getState();
      stateReason = a.getReason();
      this.selfTotal = selfTotal;
      this.unmet = unmet;
      this.files = files;
    }

    public List<AttachmentLink> getFiles() {
      return files;
    }

    public String province(Locale locale) {
      return province.name(locale);
    }

    public long getId() {
      return id;
    }

    public String getMine() {
      return mine;
    }

    public String getEnterprise() {
      return enterprise;
    }

    public String getCreditCode() {
      return creditCode;
    }

    public String getMineral() {
      return mineral;
    }

    public MiningMethod getMethod() {
      return method;
    }

    public MineScale getScale() {
      return scale;
    }

    public String getSubmittedOn() {
      return submittedOn;
    }

    public ApplicationState getState() {
      return state;
    }

    public String getStateReason() {
      return stateReason;
    }

    public String getSelfTotal() {
      return selfTotal.stripTrailingZeros().toPlainString();
    }

    public List<Unmet> getUnmet() {
      return unmet;
    }

    public boolean isDecidable() {
      return state == ApplicationState.SUBMITTED
          || state == ApplicationState.ELIGIBLE
          || state == ApplicationState.INELIGIBLE;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  /** A prerequisite an application does not meet, with what shows it. */
  public record Unmet(String prerequisite, String detail) implements Serializable {}

  /** An expert on the registry. */
  public record ExpertRow(
      long id,
      String username,
      String displayName,
      String affiliation,
      ProvinceNames.Name province,
      String expertise)
      implements Serializable {}

  /** A recorded conflict of interest. */
  public record ConflictRow(
      String expert, String mine, ConflictSource source, String reason, String recordedBy)
      implements Serializable {}

  /** A round with its setup and progress. */
  public record RoundRow(
      long id,
      int number,
      RoundType type,
      RoundState state,
      ScoringMethod method,
      boolean normalise,
      int minScores,
      int expertsPerApplication,
      Integer advanceTop,
      BigDecimal cutScore,
      TiePolicy tiePolicy,
      String threshold,
      String quorum,
      String fingerprint,
      int applications,
      int assignments,
      int ballotsIn)
      implements Serializable {}

  /** An expert assigned to an application in the chosen round. */
  public record AssignmentRow(long applicationId, String mine, long expertId, String expert)
      implements Serializable {
    /** Keys the curator's choice of a replacement for this expert on this panel. */
    public String key() {
      return applicationId + "-" + expertId;
    }
  }

  /** An expert of the round's panel, as the replacement list offers them. */
  public record PanelExpert(long id, String name) implements Serializable {}

  /** A counting ballot, shown to curators once the round is released. */
  public record ScoreRow(String expert, BigDecimal total, Vote vote, String items)
      implements Serializable {}

  /** An application's result in the chosen round, with every counting ballot on it. */
  public record ResultRow(
      Integer rank,
      String mine,
      BigDecimal value,
      BigDecimal spread,
      int ballots,
      Outcome outcome,
      String explanation,
      List<ScoreRow> scores)
      implements Serializable {}

  /** An objection with the resolution being written. */
  public static class ObjectionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String mine;
    private final String filer;
    private final String contact;
    private final String text;
    private final String evidence;
    private final String filedOn;
    private final ObjectionState state;
    private final String resolved;
    private String resolution;

    ObjectionRow(Objection o) {
      id = o.getId();
      mine = o.getApplication().getMineName();
      filer = o.getFilerName();
      contact = o.getFilerContact();
      text = o.getReason();
      evidence = o.getEvidence();
      filedOn = ExpertPage.TIME.format(o.getFiledAt());
      state = o.getState();
      resolved = o.getResolution();
    }

    public long getId() {
      return id;
    }

    public String getMine() {
      return mine;
    }

    public String getFiler() {
      return filer;
    }

    public String getContact() {
      return contact;
    }

    public String getText() {
      return text;
    }

    public String getEvidence() {
      return evidence;
    }

    public String getFiledOn() {
      return filedOn;
    }

    public ObjectionState getState() {
      return state;
    }

    public String getResolved() {
      return resolved;
    }

    public String getResolution() {
      return resolution;
    }

    public void setResolution(String resolution) {
      this.resolution = resolution;
    }
  }

  /** A mine on the final award list. */
  public record AwardRow(String certificateNo, String mine, String enterprise, LocalDate awardedOn)
      implements Serializable {}

  private long id;
  private CampaignSummary campaign;
  private List<ApplicationRow> applicationRows = List.of();
  private List<ExpertRow> expertRows = List.of();
  private List<ConflictRow> conflictRows = List.of();
  private List<RoundRow> roundRows = List.of();
  private List<ObjectionRow> objectionRows = List.of();
  private List<AwardRow> awardRows = List.of();
  private List<ProvinceNames.Name> provinces = List.of();

  private Long roundId;
  private List<String> problems = List.of();
  private List<AssignmentRow> assignmentRows = List.of();
  private boolean roundIsDraft;
  private List<PanelExpert> panelExperts = List.of();
  private final Map<String, Long> replacements = new HashMap<>();
  private List<ResultRow> resultRows = List.of();

  private String expertUsername;
  private String expertName;
  private String expertAffiliation;
  private String expertCreditCode;
  private String expertGroupCodes;
  private String expertProvince;
  private String expertExpertise;

  private Long conflictExpert;
  private Long conflictApplication;
  private String conflictReason;

  private ScoringMethod method = ScoringMethod.TRIMMED_MEAN;
  private boolean normalise;
  private Integer minScores = 3;
  private Integer scoringExperts = 5;
  private Integer advanceTop;
  private BigDecimal cutScore;
  private TiePolicy tiePolicy = TiePolicy.ALL_ADVANCE;
  private Integer approvalExperts = 5;
  private String threshold = "2/3";
  private String quorum = "1/2";

  private LocalDate noticeOpens;
  private LocalDate noticeCloses;

  public void load() {
    try {
      campaign = CampaignSummary.of(campaigns.curated(id));
    } catch (NotFound e) {
      PageResponses.notFound();
      return;
    }
    provinces = provinceNames.all();
    refresh();
  }

  /** Marks an application eligible (a reason is optional) or ineligible (a reason is needed). */
  public void eligible(ApplicationRow row) {
    decide(row, true);
  }

  public void ineligible(ApplicationRow row) {
    decide(row, false);
  }

  private void decide(ApplicationRow row, boolean eligible) {
    try {
      applications.decideEligibility(row.getId(), eligible, row.getReason());
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    PageMessages.info(
        eligible ? "selection.eligibility.eligible" : "selection.eligibility.ineligible",
        row.getMine());
    refresh();
  }

  public void registerExpert() {
    try {
      experts.register(
          expertUsername,
          Objects.toString(expertName, ""),
          Objects.toString(expertAffiliation, ""),
          expertCreditCode,
          list(expertGroupCodes),
          expertProvince,
          list(expertExpertise));
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    PageMessages.info("selection.expert.registered", expertUsername);
    expertUsername = null;
    expertName = null;
    expertAffiliation = null;
    expertCreditCode = null;
    expertGroupCodes = null;
    expertProvince = null;
    expertExpertise = null;
    refresh();
  }

  public void detectConflicts() {
    int added;
    try {
      added = experts.detect(id);
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    PageMessages.info("selection.conflict.detected", added);
    refresh();
  }

  public void addConflict() {
    try {
      experts.add(
          conflictExpert == null ? 0 : conflictExpert,
          conflictApplication == null ? 0 : conflictApplication,
          conflictReason);
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    PageMessages.info("selection.conflict.added");
    conflictReason = null;
    refresh();
  }

  public void createScoring() {
    try {
      roundId =
          rounds
              .createScoring(
                  id,
                  new Rounds.ScoringSetup(
                      method,
                      normalise,
                      minScores == null ? 1 : minScores,
                      scoringExperts == null ? 0 : scoringExperts,
                      advanceTop,
                      cutScore,
                      tiePolicy))
              .getId();
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    PageMessages.info("selection.round.created");
    problems = List.of();
    refresh();
  }

  public void createApproval() {
    try {
      roundId =
          rounds
              .createApproval(id, approvalExperts == null ? 0 : approvalExperts, threshold, quorum)
              .getId();
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    PageMessages.info("selection.round.created");
    problems = List.of();
    refresh();
  }

  /** Replaces one expert on one application's panel by hand, within the assignment rules. */
  public void replace(AssignmentRow row) {
    Long replacement = replacements.get(row.key());
    if (replacement == null) {
      PageMessages.error("selection.round.adjust.choose");
      return;
    }
    try {
      problems = rounds.adjust(roundId, row.applicationId(), row.expertId(), replacement);
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    if (problems.isEmpty()) {
      PageMessages.info("selection.round.adjusted", row.mine());
      replacements.clear();
    } else {
      PageMessages.error("selection.round.adjust.refused");
    }
    refresh();
  }

  public boolean isRoundDraft() {
    return roundIsDraft;
  }

  public List<PanelExpert> getPanelExperts() {
    return panelExperts;
  }

  public Map<String, Long> getReplacements() {
    return replacements;
  }

  public void assign(RoundRow row) {
    roundId = row.id();
    try {
      problems = rounds.assignAutomatically(row.id());
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    if (problems.isEmpty()) {
      PageMessages.info("selection.round.assigned", row.number());
    } else {
      PageMessages.error("selection.round.assignProblems", row.number());
    }
    refresh();
  }

  public void open(RoundRow row) {
    roundId = row.id();
    String fingerprint;
    try {
      fingerprint = rounds.open(row.id()).getSetupFingerprint();
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    PageMessages.info("selection.round.opened", row.number(), fingerprint);
    refresh();
  }

  public void close(RoundRow row) {
    roundId = row.id();
    try {
      rounds.close(row.id());
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    PageMessages.info("selection.round.closed", row.number());
    refresh();
  }

  public void release(RoundRow row) {
    roundId = row.id();
    try {
      rounds.release(row.id());
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    PageMessages.info("selection.round.released", row.number());
    refresh();
  }

  /** Shows a round's assignments, and its results once released. */
  public void show(RoundRow row) {
    roundId = row.id();
    problems = List.of();
    refresh();
  }

  public void openApplications() {
    try {
      campaignService.openApplications(id);
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    PageMessages.info("selection.campaign.opened");
    campaign = CampaignSummary.of(campaigns.curated(id));
  }

  public void startNotice() {
    try {
      notice.startNotice(id, noticeOpens, noticeCloses);
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    PageMessages.info("selection.notice.started", noticeOpens, noticeCloses);
    campaign = CampaignSummary.of(campaigns.curated(id));
    refresh();
  }

  public void uphold(ObjectionRow row) {
    resolve(row, true);
  }

  public void dismiss(ObjectionRow row) {
    resolve(row, false);
  }

  private void resolve(ObjectionRow row, boolean upheld) {
    try {
      notice.resolve(row.getId(), upheld, row.getResolution());
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    PageMessages.info(
        upheld ? "selection.objection.upheld" : "selection.objection.dismissed", row.getId());
    refresh();
  }

  public void finalise() {
    int count;
    try {
      count = notice.finalise(id).size();
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    PageMessages.info("selection.awards.final", count);
    campaign = CampaignSummary.of(campaigns.curated(id));
    refresh();
  }

  private void refresh() {
    Map<String, ProvinceNames.Name> names = provinceNames.byCode();
    applicationRows =
        applications.ofCampaign(id).stream()
            .map(
                a ->
                    new ApplicationRow(
                        a,
                        ProvinceNames.of(names, a.getProvinceCode()),
                        applications.selfAssessment(a.getId()).stream()
                            .map(SelfAssessment::getScore)
                            .reduce(BigDecimal.ZERO, BigDecimal::add),
                        applications.unmetPrerequisites(a).stream()
                            .map(u -> new Unmet(u.prerequisite().name(), u.detail()))
                            .toList(),
                        attachments.of(a.getId()).stream().map(AttachmentLink::of).toList()))
            .toList();
    expertRows =
        experts.all().stream()
            .map(
                e ->
                    new ExpertRow(
                        e.getId(),
                        e.getUsername(),
                        e.getDisplayName(),
                        e.getAffiliation(),
                        ProvinceNames.of(names, e.getProvinceCode()),
                        String.join(", ", e.getExpertise())))
            .toList();
    conflictRows =
        experts.ofCampaign(id).stream()
            .map(
                (ConflictOfInterest c) ->
                    new ConflictRow(
                        c.getExpert().getDisplayName(),
                        c.getApplication().getMineName(),
                        c.getSource(),
                        c.getReason(),
                        c.getRecordedBy()))
            .toList();
    roundRows = rounds.ofCampaign(id).stream().map(this::roundRow).toList();
    if (roundId == null && !roundRows.isEmpty()) {
      roundId = roundRows.get(roundRows.size() - 1).id();
    }
    RoundRow chosen = roundRows.stream().filter(r -> r.id() == roundId).findFirst().orElse(null);
    assignmentRows =
        chosen == null
            ? List.of()
            : rounds.assignments(chosen.id()).stream()
                .map(
                    a ->
                        new AssignmentRow(
                            a.getApplication().getId(),
                            a.getApplication().getMineName(),
                            a.getExpert().getId(),
                            a.getExpert().getDisplayName()))
                .toList();
    roundIsDraft = chosen != null && chosen.state() == RoundState.DRAFT;
    panelExperts =
        roundIsDraft
            ? rounds.panelOf(chosen.id()).stream()
                .map(e -> new PanelExpert(e.getId(), e.getDisplayName()))
                .toList()
            : List.of();
    resultRows =
        chosen == null || chosen.state() != RoundState.RELEASED ? List.of() : results(chosen.id());
    objectionRows = notice.objections(id).stream().map(ObjectionRow::new).toList();
    awardRows =
        notice.awards(id).stream()
            .map(
                (Award a) ->
                    new AwardRow(
                        a.getCertificateNo(),
                        a.getApplication().getMineName(),
                        a.getApplication().getEnterprise(),
                        a.getAwardedOn()))
            .toList();
  }

  private RoundRow roundRow(SelectionRound r) {
    Rounds.Progress progress = rounds.progress(r.getId());
    return new RoundRow(
        r.getId(),
        r.getNumber(),
        r.getType(),
        r.getState(),
        r.getMethod(),
        r.isNormalise(),
        r.getMinScores(),
        r.getExpertsPerApplication(),
        r.getAdvanceTop(),
        r.getCutScore(),
        r.getTiePolicy(),
        r.getApprovalThreshold(),
        r.getQuorum(),
        r.getSetupFingerprint(),
        progress.applications(),
        progress.assignments(),
        progress.ballotsIn());
  }

  private List<ResultRow> results(long round) {
    Map<Long, List<ScoreRow>> byApplication = new HashMap<>();
    for (Ballot b : rounds.ballots(round)) {
      byApplication
          .computeIfAbsent(
              b.getAssignment().getApplication().getId(), k -> new java.util.ArrayList<>())
          .add(
              new ScoreRow(
                  b.getAssignment().getExpert().getDisplayName(),
                  b.getTotal(),
                  b.getVote(),
                  b.scoreMap().entrySet().stream()
                      .map(
                          e -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString())
                      .collect(Collectors.joining("; "))));
    }
    Map<Long, String> mines = new HashMap<>();
    applicationRows.forEach(a -> mines.put(a.getId(), a.getMine()));
    return rounds.results(round).stream()
        .map(
            (RoundResult r) ->
                new ResultRow(
                    r.getRank(),
                    mines.getOrDefault(r.getApplicationId(), "#" + r.getApplicationId()),
                    r.getValue(),
                    r.getSpread(),
                    r.getBallots(),
                    r.getOutcome(),
                    ResultExplanation.render(r.getExplanation(), PageMessages.bundle()),
                    List.copyOf(byApplication.getOrDefault(r.getApplicationId(), List.of()))))
        .toList();
  }

  private static List<String> list(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[,，、;；\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  public boolean isNoticeStartable() {
    return campaign != null && campaign.state().ordinal() < CampaignState.PUBLIC_NOTICE.ordinal();
  }

  public boolean isFinalisable() {
    return campaign != null && campaign.state() == CampaignState.PUBLIC_NOTICE;
  }

  public ScoringMethod[] getMethods() {
    return ScoringMethod.values();
  }

  public TiePolicy[] getTiePolicies() {
    return TiePolicy.values();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public CampaignSummary getCampaign() {
    return campaign;
  }

  public List<ApplicationRow> getApplicationRows() {
    return applicationRows;
  }

  public List<ExpertRow> getExpertRows() {
    return expertRows;
  }

  public List<ConflictRow> getConflictRows() {
    return conflictRows;
  }

  public List<RoundRow> getRoundRows() {
    return roundRows;
  }

  public List<ObjectionRow> getObjectionRows() {
    return objectionRows;
  }

  public List<AwardRow> getAwardRows() {
    return awardRows;
  }

  public List<ProvinceNames.Name> getProvinces() {
    return provinces;
  }

  public Long getRoundId() {
    return roundId;
  }

  public List<String> getProblems() {
    return problems;
  }

  public List<AssignmentRow> getAssignmentRows() {
    return assignmentRows;
  }

  public List<ResultRow> getResultRows() {
    return resultRows;
  }

  public String getExpertUsername() {
    return expertUsername;
  }

  public void setExpertUsername(String expertUsername) {
    this.expertUsername = expertUsername;
  }

  public String getExpertName() {
    return expertName;
  }

  public void setExpertName(String expertName) {
    this.expertName = expertName;
  }

  public String getExpertAffiliation() {
    return expertAffiliation;
  }

  public void setExpertAffiliation(String expertAffiliation) {
    this.expertAffiliation = expertAffiliation;
  }

  public String getExpertCreditCode() {
    return expertCreditCode;
  }

  public void setExpertCreditCode(String expertCreditCode) {
    this.expertCreditCode = expertCreditCode;
  }

  public String getExpertGroupCodes() {
    return expertGroupCodes;
  }

  public void setExpertGroupCodes(String expertGroupCodes) {
    this.expertGroupCodes = expertGroupCodes;
  }

  public String getExpertProvince() {
    return expertProvince;
  }

  public void setExpertProvince(String expertProvince) {
    this.expertProvince = expertProvince;
  }

  public String getExpertExpertise() {
    return expertExpertise;
  }

  public void setExpertExpertise(String expertExpertise) {
    this.expertExpertise = expertExpertise;
  }

  public Long getConflictExpert() {
    return conflictExpert;
  }

  public void setConflictExpert(Long conflictExpert) {
    this.conflictExpert = conflictExpert;
  }

  public Long getConflictApplication() {
    return conflictApplication;
  }

  public void setConflictApplication(Long conflictApplication) {
    this.conflictApplication = conflictApplication;
  }

  public String getConflictReason() {
    return conflictReason;
  }

  public void setConflictReason(String conflictReason) {
    this.conflictReason = conflictReason;
  }

  public ScoringMethod getMethod() {
    return method;
  }

  public void setMethod(ScoringMethod method) {
    this.method = method;
  }

  public boolean isNormalise() {
    return normalise;
  }

  public void setNormalise(boolean normalise) {
    this.normalise = normalise;
  }

  public Integer getMinScores() {
    return minScores;
  }

  public void setMinScores(Integer minScores) {
    this.minScores = minScores;
  }

  public Integer getScoringExperts() {
    return scoringExperts;
  }

  public void setScoringExperts(Integer scoringExperts) {
    this.scoringExperts = scoringExperts;
  }

  public Integer getAdvanceTop() {
    return advanceTop;
  }

  public void setAdvanceTop(Integer advanceTop) {
    this.advanceTop = advanceTop;
  }

  public BigDecimal getCutScore() {
    return cutScore;
  }

  public void setCutScore(BigDecimal cutScore) {
    this.cutScore = cutScore;
  }

  public TiePolicy getTiePolicy() {
    return tiePolicy;
  }

  public void setTiePolicy(TiePolicy tiePolicy) {
    this.tiePolicy = tiePolicy;
  }

  public Integer getApprovalExperts() {
    return approvalExperts;
  }

  public void setApprovalExperts(Integer approvalExperts) {
    this.approvalExperts = approvalExperts;
  }

  public String getThreshold() {
    return threshold;
  }

  public void setThreshold(String threshold) {
    this.threshold = threshold;
  }

  public String getQuorum() {
    return quorum;
  }

  public void setQuorum(String quorum) {
    this.quorum = quorum;
  }

  public LocalDate getNoticeOpens() {
    return noticeOpens;
  }

  public void setNoticeOpens(LocalDate noticeOpens) {
    this.noticeOpens = noticeOpens;
  }

  public LocalDate getNoticeCloses() {
    return noticeCloses;
  }

  public void setNoticeCloses(LocalDate noticeCloses) {
    this.noticeCloses = noticeCloses;
  }
}
