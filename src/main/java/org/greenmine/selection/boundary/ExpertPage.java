package org.greenmine.selection.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.platform.control.PortalFailure;
import org.greenmine.selection.control.Ballots;
import org.greenmine.selection.control.CampaignScope;
import org.greenmine.selection.control.Experts;
import org.greenmine.selection.entity.Assignment;
import org.greenmine.selection.entity.Ballot;
import org.greenmine.selection.entity.Criterion;
import org.greenmine.selection.entity.Expert;
import org.greenmine.selection.entity.MineApplication;
import org.greenmine.selection.entity.RoundType;
import org.greenmine.selection.entity.Vote;

/**
 * An expert's desk: the assignments in open rounds, a ballot for the one chosen (scores for every
 * criterion item, or a vote), a conflict to declare, the receipts of their own ballots and a check
 * of any receipt.
 */
@Named
@ViewScoped
public class ExpertPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(PortalClock.CHINA);

  @Inject Ballots ballots;
  @Inject Experts experts;
  @Inject CampaignScope campaigns;
  @Inject ProvinceNames provinceNames;
  @Inject org.greenmine.selection.control.ApplicationAttachments attachments;

  /** One assignment in an open round. */
  public record Task(
      long id,
      long applicationId,
      int roundNumber,
      RoundType type,
      String campaignZh,
      String campaignEn,
      String mine,
      String enterprise,
      ProvinceNames.Name province,
      String mineral,
      boolean conflicted)
      implements Serializable {
    public String campaign(Locale locale) {
      return "en".equals(locale.getLanguage()) ? campaignEn : campaignZh;
    }
  }

  /** A criterion on the score sheet; items carry the score being given. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final int level;
    private final String nameZh;
    private final String nameEn;
    private final String maxPoints;
    private final boolean item;
    private BigDecimal score;

    Line(Criterion c, boolean item, BigDecimal score) {
      code = c.getCode();
      level = c.getLevel();
      nameZh = c.getNameZh();
      nameEn = c.getNameEn();
      maxPoints = c.getMaxPoints().stripTrailingZeros().toPlainString();
      this.item = item;
      this.score = score;
    }

    public String name(Locale locale) {
      return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String getCode() {
      return code;
    }

    public int getLevel() {
      return level;
    }

    public String getMaxPoints() {
      return maxPoints;
    }

    public boolean isItem() {
      return item;
    }

    public BigDecimal getScore() {
      return score;
    }

    public void setScore(BigDecimal score) {
      this.score = score;
    }
  }

  /** One of the expert's own ballots on the chosen assignment. */
  public record Cast(
      int sequence, String castAt, boolean counting, BigDecimal total, Vote vote, String receipt)
      implements Serializable {
    static Cast of(Ballot b) {
      return new Cast(
          b.getSequence(),
          TIME.format(b.getCastAt()),
          b.isCounting(),
          b.getTotal(),
          b.getVote(),
          b.getReceipt());
    }
  }

  /** What a receipt belongs to. */
  public record ReceiptCheck(
      String mine,
      int roundNumber,
      int sequence,
      String castAt,
      boolean counting,
      boolean untouched)
      implements Serializable {}

  private Long assignment;
  private List<Task> tasks = List.of();
  private Task chosen;
  private List<Line> lines = List.of();
  private List<AttachmentLink> files = List.of();
  private Vote vote;
  private String comment;
  private String conflictReason;
  private List<Cast> cast = List.of();
  private String lastReceipt;
  private String receipt;
  private ReceiptCheck receiptCheck;

  public void load() {
    Map<String, ProvinceNames.Name> names = provinceNames.byCode();
    Expert me;
    List<Assignment> open;
    try {
      me = experts.caller();
      open = ballots.openAssignments();
    } catch (PortalFailure failure) {
      // an EXPERT account not (yet) on the registry: say so instead of failing the page
      PageMessages.error(failure);
      return;
    }
    tasks = open.stream().map(a -> task(a, me, names)).toList();
    Assignment selected =
        open.stream()
            .filter(a -> assignment == null || a.getId().equals(assignment))
            .findFirst()
            .orElse(null);
    files = List.of();
    if (selected == null) {
      chosen = null;
      return;
    }
    chosen = task(selected, me, names);
    assignment = chosen.id();
    if (!chosen.conflicted()) {
      try {
        files = attachments.of(chosen.applicationId()).stream().map(AttachmentLink::of).toList();
      } catch (PortalFailure failure) {
        // not (or no longer) for this expert: nothing to show
        files = List.of();
      }
    }
    List<Ballot> mine = ballots.myBallots(chosen.id());
    cast = mine.stream().map(Cast::of).toList();
    Ballot latest = mine.stream().filter(Ballot::isCounting).findFirst().orElse(null);
    Map<String, BigDecimal> previous = latest == null ? Map.of() : latest.scoreMap();
    vote = latest == null ? null : latest.getVote();
    List<Criterion> all = campaigns.criteria(selected.getRound().getCampaign());
    lines =
        chosen.type() == RoundType.SCORING
            ? all.stream()
                .map(
                    c ->
                        new Line(
                            c,
                            all.stream()
                                .noneMatch(child -> c.getCode().equals(child.getParentCode())),
                            previous.get(c.getCode())))
                .toList()
            : List.of();
  }

  /** Casts the ballot; a later ballot supersedes the earlier one, both are kept. */
  public void castBallot() {
    if (chosen == null) {
      return;
    }
    Ballot ballot;
    try {
      if (chosen.type() == RoundType.SCORING) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        lines.stream().filter(Line::isItem).forEach(l -> scores.put(l.getCode(), l.getScore()));
        ballot = ballots.castScores(chosen.id(), scores, comment);
      } else {
        ballot = ballots.castVote(chosen.id(), vote, comment);
      }
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    lastReceipt = ballot.getReceipt();
    comment = null;
    PageMessages.info("selection.ballot.cast", ballot.getSequence());
    refreshBallots();
  }

  /** Declares a conflict with the chosen application: the assignment stops counting. */
  public void declareConflict() {
    if (chosen == null) {
      return;
    }
    try {
      experts.declare(chosen.applicationId(), conflictReason);
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return;
    }
    conflictReason = null;
    PageMessages.info("selection.conflict.declared", chosen.mine());
    load();
  }

  /** Looks a receipt up among the expert's own ballots. */
  public void checkReceipt() {
    try {
      Ballot ballot = ballots.byReceipt(receipt);
      receiptCheck =
          new ReceiptCheck(
              ballot.getAssignment().getApplication().getMineName(),
              ballot.getAssignment().getRound().getNumber(),
              ballot.getSequence(),
              TIME.format(ballot.getCastAt()),
              ballot.isCounting(),
              ballots.untouched(ballot));
    } catch (PortalFailure failure) {
      receiptCheck = null;
      PageMessages.error(failure);
    }
  }

  private void refreshBallots() {
    cast = ballots.myBallots(chosen.id()).stream().map(Cast::of).toList();
  }

  private Task task(Assignment a, Expert me, Map<String, ProvinceNames.Name> names) {
    MineApplication application = a.getApplication();
    return new Task(
        a.getId(),
        application.getId(),
        a.getRound().getNumber(),
        a.getRound().getType(),
        a.getRound().getCampaign().getTitleZh(),
        a.getRound().getCampaign().getTitleEn(),
        application.getMineName(),
        application.getEnterprise(),
        ProvinceNames.of(names, application.getProvinceCode()),
        application.getMineral(),
        experts.conflicted(me, application));
  }

  public Vote[] getVotes() {
    return Vote.values();
  }

  public Long getAssignment() {
    return assignment;
  }

  public void setAssignment(Long assignment) {
    this.assignment = assignment;
  }

  public List<Task> getTasks() {
    return tasks;
  }

  public Task getChosen() {
    return chosen;
  }

  public List<AttachmentLink> getFiles() {
    return files;
  }

  public List<Line> getLines() {
    return lines;
  }

  public Vote getVote() {
    return vote;
  }

  public void setVote(Vote vote) {
    this.vote = vote;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getConflictReason() {
    return conflictReason;
  }

  public void setConflictReason(String conflictReason) {
    this.conflictReason = conflictReason;
  }

  public List<Cast> getCast() {
    return cast;
  }

  public String getLastReceipt() {
    return lastReceipt;
  }

  public String getReceipt() {
    return receipt;
  }

  public void setReceipt(String receipt) {
    this.receipt = receipt;
  }

  public ReceiptCheck getReceiptCheck() {
    return receiptCheck;
  }
}
