package org.greenmine.selection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The applicant's own score for one criterion item, with the evidence for it. */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment {
  @Id
  @SequenceGenerator(
      name = "self_assessment_seq",
      sequenceName = "self_assessment_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "self_assessment_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id")
  private MineApplication application;

  @Column(name = "criterion_code", nullable = false)
  private String criterionCode;

  @Column(nullable = false)
  private BigDecimal score;

  @Column(nullable = false)
  private String evidence;

  protected SelfAssessment() {}

  public SelfAssessment(
      MineApplication application, String criterionCode, BigDecimal score, String evidence) {
    this.application = application;
    this.criterionCode = criterionCode;
    this.score = score;
    this.evidence = evidence;
  }

  public MineApplication getApplication() {
    return application;
  }

  public String getCriterionCode() {
    return criterionCode;
  }

  public BigDecimal getScore() {
    return score;
  }

  public String getEvidence() {
    return evidence;
  }
}
