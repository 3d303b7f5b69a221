package org.greenmine.selection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.LocalDate;
import org.greenmine.association.entity.Region;
import org.greenmine.platform.entity.InstantColumn;
import org.greenmine.technology.entity.MiningMethod;

/**
 * A member's application for one mine to a campaign: who runs it (enterprise and its unified social
 * credit code), where, what it mines and how, the prerequisites it declares, and its standing.
 */
@Entity
@Table(name = "mine_application")
public class MineApplication {
  @Id
  @SequenceGenerator(
      name = "mine_application_seq",
      sequenceName = "mine_application_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mine_application_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @Column(nullable = false)
  private String applicant;

  @Column(name = "mine_name", nullable = false)
  private String mineName;

  @Column(nullable = false)
  private String enterprise;

  @Column(name = "credit_code", nullable = false)
  private String creditCode;

  @ManyToOne(optional = false)
  @JoinColumn(name = "region_code")
  private Region region;

  @Column(name = "province_code", nullable = false)
  private String provinceCode;

  @Column(nullable = false)
  private String mineral;

  @Enumerated(EnumType.STRING)
  @Column(name = "mining_method", nullable = false)
  private MiningMethod miningMethod;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MineScale scale;

  @Column(name = "licence_number", nullable = false)
  private String licenceNumber;

  @Column(name = "licence_valid_until", nullable = false)
  private LocalDate licenceValidUntil;

  @Column(name = "latest_penalty")
  private LocalDate latestPenalty;

  @Column(name = "latest_major_accident")
  private LocalDate latestMajorAccident;

  @Column(name = "abnormal_list", nullable = false)
  private boolean onAbnormalList;

  @Column(name = "reserve_years", nullable = false)
  private BigDecimal reserveYears;

  @Column(name = "protected_overlap", nullable = false)
  private boolean protectedAreaOverlap;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ApplicationState state = ApplicationState.SUBMITTED;

  /** Why the curator found it (in)eligible, or why it was removed; the applicant sees it. */
  @Column(name = "eligibility_reason")
  private String reason;

  @Column(name = "submitted_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant submittedAt;

  @Version private long version;

  /** The facts behind the prerequisites, as declared with the application. */
  public record Declarations(
      String licenceNumber,
      LocalDate licenceValidUntil,
      LocalDate latestPenalty,
      LocalDate latestMajorAccident,
      boolean onAbnormalList,
      BigDecimal reserveYears,
      boolean protectedAreaOverlap) {}

  protected MineApplication() {}

  public MineApplication(
      Campaign campaign,
      String applicant,
      String mineName,
      String enterprise,
      String creditCode,
      Region region,
      String mineral,
      MiningMethod miningMethod,
      MineScale scale,
      Declarations declared,
      Instant submittedAt) {
    this.campaign = campaign;
    this.applicant = applicant;
    this.mineName = mineName;
    this.enterprise = enterprise;
    this.creditCode = creditCode;
    this.region = region;
    this.provinceCode = region.getCode().substring(0, 2) + "0000";
    this.mineral = mineral;
    this.miningMethod = miningMethod;
    this.scale = scale;
    this.licenceNumber = declared.licenceNumber();
    this.licenceValidUntil = declared.licenceValidUntil();
    this.latestPenalty = declared.latestPenalty();
    this.latestMajorAccident = declared.latestMajorAccident();
    this.onAbnormalList = declared.onAbnormalList();
    this.reserveYears = declared.reserveYears();
    this.protectedAreaOverlap = declared.protectedAreaOverlap();
    this.submittedAt = submittedAt;
  }

  public void decideEligibility(boolean eligible, String reason) {
    this.state = eligible ? ApplicationState.ELIGIBLE : ApplicationState.INELIGIBLE;
    this.reason = reason;
  }

  public void remove(String reason) {
    this.state = ApplicationState.REMOVED;
    this.reason = reason;
  }

  public void award() {
    this.state = ApplicationState.AWARDED;
  }

  public Long getId() {
    return id;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public String getApplicant() {
    return applicant;
  }

  public String getMineName() {
    return mineName;
  }

  public String getEnterprise() {
    return enterprise;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public Region getRegion() {
    return region;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public String getMineral() {
    return mineral;
  }

  public MiningMethod getMiningMethod() {
    return miningMethod;
  }

  public MineScale getScale() {
    return scale;
  }

  /** What the applicant declares about the prerequisites, as the curator checks them. */
  public Declarations getDeclarations() {
    return new Declarations(
        licenceNumber,
        licenceValidUntil,
        latestPenalty,
        latestMajorAccident,
        onAbnormalList,
        reserveYears,
        protectedAreaOverlap);
  }

  public ApplicationState getState() {
    return state;
  }

  public String getReason() {
    return reason;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public long getVersion() {
    return version;
  }
}
