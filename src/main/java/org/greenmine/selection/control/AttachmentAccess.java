package org.greenmine.selection.control;

import java.util.Set;
import org.greenmine.selection.entity.ApplicationState;
import org.greenmine.selection.entity.RoundState;

/**
 * Who sees an application's attachments and when the applicant may still add one. The files are
 * evidence for the judges, not for the public: the applicant, the campaign's curators and
 * administrators read them, and an expert only while judging the application in a round that is
 * open or closed (not yet released), never when conflicted with it, assigned or not.
 */
public final class AttachmentAccess {
  private AttachmentAccess() {}

  /** What is known about the caller and the application. */
  public record Reader(
      boolean applicant,
      boolean administrator,
      boolean curatorOfCampaign,
      Set<RoundState> assignedInRounds,
      boolean conflicted) {
    public Reader {
      assignedInRounds = Set.copyOf(assignedInRounds);
    }
  }

  public static boolean mayRead(Reader reader) {
    if (reader.applicant() || reader.administrator() || reader.curatorOfCampaign()) {
      return true;
    }
    if (reader.conflicted()) {
      return false;
    }
    return reader.assignedInRounds().contains(RoundState.OPEN)
        || reader.assignedInRounds().contains(RoundState.CLOSED);
  }

  /**
   * The applicant adds files while the application can still change: the campaign takes
   * applications, the application is not refused or removed, and no round judging it has opened.
   */
  public static boolean mayAttach(
      boolean campaignTakesApplications, ApplicationState state, boolean inAnOpenedRound) {
    return campaignTakesApplications
        && (state == ApplicationState.SUBMITTED || state == ApplicationState.ELIGIBLE)
        && !inAnOpenedRound;
  }
}
