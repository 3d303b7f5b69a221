package org.greenmine.selection.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** An application's computed result in a closed round: value, rank and outcome. */
@Entity
// locked pessimistically and written by concurrent ballots: read from the database, never cached
@Cacheable(false)
@Table(name = "round_result")
@IdClass(RoundResult.Key.class)
public class RoundResult {
  @Id
  @Column(name = "round_id")
  private Long roundId;

  @Id
  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "result_value")
  private BigDecimal value;

  private BigDecimal spread;

  @Column(nullable = false)
  private int ballots;

  @Column(name = "ranking")
  private Integer rank;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome outcome;

  private String explanation;

  protected RoundResult() {}

  public RoundResult(
      Long roundId,
      Long applicationId,
      BigDecimal value,
      BigDecimal spread,
      int ballots,
      Integer rank,
      Outcome outcome,
      String explanation) {
    this.roundId = roundId;
    this.applicationId = applicationId;
    this.value = value;
    this.spread = spread;
    this.ballots = ballots;
    this.rank = rank;
    this.outcome = outcome;
    this.explanation = explanation;
  }

  public Long getRoundId() {
    return roundId;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public BigDecimal getValue() {
    return value;
  }

  public BigDecimal getSpread() {
    return spread;
  }

  public int getBallots() {
    return ballots;
  }

  public Integer getRank() {
    return rank;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getExplanation() {
    return explanation;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long roundId;
    private Long applicationId;

    public Key() {}

    public Key(Long roundId, Long applicationId) {
      this.roundId = roundId;
      this.applicationId = applicationId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(roundId, k.roundId)
          && Objects.equals(applicationId, k.applicationId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(roundId, applicationId);
    }
  }
}
