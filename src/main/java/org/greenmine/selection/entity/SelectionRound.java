package org.greenmine.selection.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.greenmine.platform.entity.InstantColumn;

/**
 * One round of a campaign: its type, the applications and experts in it, how results are computed
 * and who advances. The setup can change only while the round is a draft; opening freezes it and
 * stores its fingerprint.
 */
@Entity
// locked pessimistically and written by concurrent ballots: read from the database, never cached
@Cacheable(false)
@Table(name = "selection_round")
public class SelectionRound {
  @Id
  @SequenceGenerator(
      name = "selection_round_seq",
      sequenceName = "selection_round_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selection_round_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @Column(name = "round_number", nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "round_type", nullable = false)
  private RoundType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RoundState state = RoundState.DRAFT;

  @Enumerated(EnumType.STRING)
  private ScoringMethod method;

  @Column(nullable = false)
  private boolean normalise;

  @Column(name = "min_scores", nullable = false)
  private int minScores;

  @Column(name = "experts_per_application", nullable = false)
  private int expertsPerApplication;

  @Column(name = "advance_top")
  private Integer advanceTop;

  @Column(name = "cut_score")
  private BigDecimal cutScore;

  @Enumerated(EnumType.STRING)
  @Column(name = "tie_policy", nullable = false)
  private TiePolicy tiePolicy;

  /** A fraction such as {@code 2/3} of the votes cast. */
  @Column(name = "approval_threshold")
  private String approvalThreshold;

  /** A fraction of the assigned experts who must vote. */
  private String quorum;

  @Column(name = "setup_fingerprint")
  private String setupFingerprint;

  @Column(name = "opened_at")
  @Convert(converter = InstantColumn.class)
  private Instant openedAt;

  @Column(name = "closed_at")
  @Convert(converter = InstantColumn.class)
  private Instant closedAt;

  @Column(name = "released_at")
  @Convert(converter = InstantColumn.class)
  private Instant releasedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "round_application", joinColumns = @JoinColumn(name = "round_id"))
  @Column(name = "application_id")
  private Set<Long> applicationIds = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "round_expert", joinColumns = @JoinColumn(name = "round_id"))
  @Column(name = "expert_id")
  private Set<Long> expertIds = new TreeSet<>();

  @Version private long version;

  protected SelectionRound() {}

  /** A scoring round. */
  public static SelectionRound scoring(
      Campaign campaign,
      int number,
      ScoringMethod method,
      boolean normalise,
      int minScores,
      int expertsPerApplication,
      Integer advanceTop,
      BigDecimal cutScore,
      TiePolicy tiePolicy) {
    SelectionRound round = new SelectionRound(campaign, number, RoundType.SCORING);
    round.method = method;
    round.normalise = normalise;
    round.minScores = minScores;
    round.expertsPerApplication = expertsPerApplication;
    round.advanceTop = advanceTop;
    round.cutScore = cutScore;
    round.tiePolicy = tiePolicy;
    return round;
  }

  /** An approval round: passes on yes ≥ threshold of the votes cast, with a quorum. */
  public static SelectionRound approval(
      Campaign campaign, int number, int expertsPerApplication, String threshold, String quorum) {
    SelectionRound round = new SelectionRound(campaign, number, RoundType.APPROVAL);
    round.expertsPerApplication = expertsPerApplication;
    round.approvalThreshold = threshold;
    round.quorum = quorum;
    round.minScores = 1;
    round.tiePolicy = TiePolicy.ALL_ADVANCE;
    return round;
  }

  private SelectionRound(Campaign campaign, int number, RoundType type) {
    this.campaign = campaign;
    this.number = number;
    this.type = type;
  }

  public void include(Set<Long> applications, Set<Long> experts) {
    this.applicationIds = new TreeSet<>(applications);
    this.expertIds = new TreeSet<>(experts);
  }

  public void open(String fingerprint, Instant at) {
    this.state = RoundState.OPEN;
    this.setupFingerprint = fingerprint;
    this.openedAt = at;
  }

  public void close(Instant at) {
    this.state = RoundState.CLOSED;
    this.closedAt = at;
  }

  public void release(Instant at) {
    this.state = RoundState.RELEASED;
    this.releasedAt = at;
  }

  public boolean isReleased() {
    return state == RoundState.RELEASED;
  }

  public Long getId() {
    return id;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public int getNumber() {
    return number;
  }

  public RoundType getType() {
    return type;
  }

  public RoundState getState() {
    return state;
  }

  public ScoringMethod getMethod() {
    return method;
  }

  public boolean isNormalise() {
    return normalise;
  }

  public int getMinScores() {
    return minScores;
  }

  public int getExpertsPerApplication() {
    return expertsPerApplication;
  }

  public Integer getAdvanceTop() {
    return advanceTop;
  }

  public BigDecimal getCutScore() {
    return cutScore;
  }

  public TiePolicy getTiePolicy() {
    return tiePolicy;
  }

  public String getApprovalThreshold() {
    return approvalThreshold;
  }

  public String getQuorum() {
    return quorum;
  }

  public String getSetupFingerprint() {
    return setupFingerprint;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Instant getReleasedAt() {
    return releasedAt;
  }

  public Set<Long> getApplicationIds() {
    return Set.copyOf(applicationIds);
  }

  public Set<Long> getExpertIds() {
    return Set.copyOf(expertIds);
  }

  public long getVersion() {
    return version;
  }
}
