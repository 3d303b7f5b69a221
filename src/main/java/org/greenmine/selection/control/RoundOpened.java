package org.greenmine.selection.control;

import java.time.LocalDate;
import java.util.Set;

/**
 * Fired inside the transaction that opened a round: the experts assigned to it (by login) and when
 * the campaign's review ends, the round's closing date as scheduled.
 */
public record RoundOpened(
    long roundId,
    int roundNumber,
    String campaignTitleZh,
    String campaignTitleEn,
    LocalDate reviewUntil,
    Set<String> experts) {
  public RoundOpened {
    experts = Set.copyOf(experts);
  }
}
