package org.greenmine.selection.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An expert assigned to judge an application in a round. Ballots for the pair are cast under a lock
 * on this row, so two submissions at once are counted one after the other.
 */
@Entity
// locked pessimistically and written by concurrent ballots: read from the database, never cached
@Cacheable(false)
@Table(name = "assignment")
@NamedQuery(
    name = Assignment.OF_ROUND,
    query =
        "SELECT a FROM Assignment a WHERE a.round = :round ORDER BY a.application.id, a.expert.id")
@NamedQuery(
    name = Assignment.OF_EXPERT,
    query =
        "SELECT a FROM Assignment a WHERE a.expert = :expert AND a.round.state = :state"
            + " ORDER BY a.round.id, a.application.id")
public class Assignment {
  public static final String OF_ROUND = "Assignment.ofRound";
  public static final String OF_EXPERT = "Assignment.ofExpert";

  @Id
  @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "round_id")
  private SelectionRound round;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id")
  private MineApplication application;

  @ManyToOne(optional = false)
  @JoinColumn(name = "expert_id")
  private Expert expert;

  @Column(name = "ballots_cast", nullable = false)
  private int ballotsCast;

  @Version private long version;

  protected Assignment() {}

  public Assignment(SelectionRound round, MineApplication application, Expert expert) {
    this.round = round;
    this.application = application;
    this.expert = expert;
  }

  /** The sequence number of the next ballot of this pair. */
  public int nextBallot() {
    return ++ballotsCast;
  }

  public Long getId() {
    return id;
  }

  public SelectionRound getRound() {
    return round;
  }

  public MineApplication getApplication() {
    return application;
  }

  public Expert getExpert() {
    return expert;
  }

  public int getBallotsCast() {
    return ballotsCast;
  }
}
