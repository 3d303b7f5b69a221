package org.greenmine.selection.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.greenmine.platform.control.InvalidInput;

/**
 * The approval round's rule for one application: it passes when enough of the assigned experts took
 * part (the quorum) and enough of the votes cast are yes (the threshold).
 *
 * <p>An abstention is taking part without taking sides: it counts towards the quorum (the expert
 * voted) but is not a vote cast, so it neither helps nor hinders the threshold. Both checks are
 * exact integer comparisons: voted × d ≥ n × assigned for a quorum n/d, yes × d ≥ n × cast for a
 * threshold n/d. With nothing cast (everyone who voted abstained) the application does not pass.
 */
public record ApprovalTally(Fraction threshold, Fraction quorum) {
  public enum Vote {
    YES,
    NO,
    ABSTAIN
  }

  /** Why an application did not pass. */
  public enum Shortfall {
    /** Fewer assigned experts voted (abstentions included) than the quorum asks. */
    NO_QUORUM,
    /** Every vote was an abstention. */
    NOTHING_CAST,
    /** Too few of the votes cast were yes. */
    BELOW_THRESHOLD
  }

  /**
   * The count and the verdict. {@code votersNeeded} and {@code yesNeeded} are the smallest numbers
   * that would have met the quorum and the threshold with the votes as cast.
   */
  public record Result(
      int assigned,
      int yes,
      int no,
      int abstain,
      int votersNeeded,
      int yesNeeded,
      List<Shortfall> shortfalls) {
    public Result {
      shortfalls = List.copyOf(shortfalls);
    }

    public boolean passed() {
      return shortfalls.isEmpty();
    }

    /** Yes and no; abstentions are not cast. */
    public int cast() {
      return yes + no;
    }

    public int voted() {
      return yes + no + abstain;
    }
  }

  public ApprovalTally {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(quorum, "quorum");
    if (threshold.numerator() == 0) {
      throw new InvalidInput("selection.approval.threshold", threshold);
    }
  }

  /**
   * Counts the votes on one application. {@code votes} holds each voting expert's latest vote;
   * experts who did not vote are simply absent. A vote from an expert not assigned is refused.
   */
  public Result tally(Set<String> assignedExperts, Map<String, Vote> votes) {
    int yes = 0;
    int no = 0;
    int abstain = 0;
    for (Map.Entry<String, Vote> entry : votes.entrySet()) {
      if (!assignedExperts.contains(entry.getKey())) {
        throw new InvalidInput("selection.approval.notAssigned", entry.getKey());
      }
      switch (Objects.requireNonNull(entry.getValue(), "vote")) {
        case YES -> yes++;
        case NO -> no++;
        case ABSTAIN -> abstain++;
      }
    }
    int assigned = assignedExperts.size();
    int votersNeeded = quorum.ceilOf(assigned);
    int cast = yes + no;
    int yesNeeded = threshold.ceilOf(cast);
    List<Shortfall> shortfalls = new ArrayList<>();
    if (yes + no + abstain < votersNeeded || assigned == 0) {
      shortfalls.add(Shortfall.NO_QUORUM);
    }
    if (cast == 0) {
      shortfalls.add(Shortfall.NOTHING_CAST);
    } else if (yes < yesNeeded) {
      shortfalls.add(Shortfall.BELOW_THRESHOLD);
    }
    return new Result(assigned, yes, no, abstain, votersNeeded, yesNeeded, shortfalls);
  }
}
