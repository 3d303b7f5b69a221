package org.greenmine.selection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A mine on a campaign's final award list, with its certificate number. */
@Entity
@Table(name = "award")
public class Award {
  @Id
  @SequenceGenerator(name = "award_seq", sequenceName = "award_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @OneToOne(optional = false)
  @JoinColumn(name = "application_id")
  private MineApplication application;

  @Column(name = "certificate_no", nullable = false)
  private String certificateNo;

  @Column(name = "awarded_on", nullable = false)
  private LocalDate awardedOn;

  protected Award() {}

  public Award(
      Campaign campaign, MineApplication application, String certificateNo, LocalDate awardedOn) {
    this.campaign = campaign;
    this.application = application;
    this.certificateNo = certificateNo;
    this.awardedOn = awardedOn;
  }

  public Long getId() {
    return id;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public MineApplication getApplication() {
    return application;
  }

  public String getCertificateNo() {
    return certificateNo;
  }

  public LocalDate getAwardedOn() {
    return awardedOn;
  }
}
