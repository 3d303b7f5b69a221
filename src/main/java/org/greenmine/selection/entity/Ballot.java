package org.greenmine.selection.entity;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.greenmine.platform.entity.InstantColumn;

/**
 * One ballot as cast: never changed afterwards, except that a later ballot of the same expert on
 * the same application makes it stop counting. The receipt is the hash the expert can check.
 */
@Entity
// locked pessimistically and written by concurrent ballots: read from the database, never cached
@Cacheable(false)
@Table(name = "ballot")
@NamedQuery(
    name = Ballot.COUNTING_OF_ROUND,
    query =
        "SELECT b FROM Ballot b WHERE b.assignment.round = :round AND b.counting = true"
            + " ORDER BY b.assignment.application.id, b.assignment.expert.id")
@NamedQuery(
    name = Ballot.OF_ASSIGNMENT,
    query = "SELECT b FROM Ballot b WHERE b.assignment = :assignment ORDER BY b.sequence")
public class Ballot {
  public static final String COUNTING_OF_ROUND = "Ballot.countingOfRound";
  public static final String OF_ASSIGNMENT = "Ballot.ofAssignment";

  @Id
  @SequenceGenerator(name = "ballot_seq", sequenceName = "ballot_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ballot_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assignment_id")
  private Assignment assignment;

  @Column(name = "sequence_no", nullable = false)
  private int sequence;

  @Column(nullable = false)
  private boolean counting;

  /** Item scores as {@code code=points} lines, for scoring rounds. */
  private String scores;

  private BigDecimal total;

  @Enumerated(EnumType.STRING)
  private Vote vote;

  @Column(name = "comment_text")
  private String comment;

  @Column(name = "cast_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant castAt;

  /** Random, so that a receipt cannot be recomputed by someone guessing the scores. */
  @Column(nullable = false)
  private String nonce;

  @Column(nullable = false)
  private String receipt;

  protected Ballot() {}

  public Ballot(
      Assignment assignment,
      int sequence,
      String scores,
      BigDecimal total,
      Vote vote,
      String comment,
      Instant castAt,
      String nonce) {
    this.assignment = assignment;
    this.sequence = sequence;
    this.counting = true;
    this.scores = scores;
    this.total = total;
    this.vote = vote;
    this.comment = comment;
    this.castAt = castAt;
    this.nonce = nonce;
  }

  /** Sets the receipt, computed from the ballot as cast; once only. */
  public void seal(String receipt) {
    if (this.receipt != null) {
      throw new IllegalStateException("ballot already sealed");
    }
    this.receipt = receipt;
  }

  public void supersede() {
    this.counting = false;
  }

  public Long getId() {
    return id;
  }

  public Assignment getAssignment() {
    return assignment;
  }

  public int getSequence() {
    return sequence;
  }

  public boolean isCounting() {
    return counting;
  }

  public String getScores() {
    return scores;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public Vote getVote() {
    return vote;
  }

  public String getComment() {
    return comment;
  }

  public Instant getCastAt() {
    return castAt;
  }

  /** The item scores back from their stored lines. */
  public Map<String, BigDecimal> scoreMap() {
    Map<String, BigDecimal> map = new TreeMap<>();
    if (scores != null) {
      for (String line : scores.split("\n")) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          map.put(line.substring(0, eq), new BigDecimal(line.substring(eq + 1)));
        }
      }
    }
    return map;
  }

  public String getNonce() {
    return nonce;
  }

  public String getReceipt() {
    return receipt;
  }
}
