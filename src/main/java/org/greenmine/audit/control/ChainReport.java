package org.greenmine.audit.control;

/**
 * What a walk along the audit chain found: intact, or the first broken link.
 *
 * @param eventsChecked events walked before the walk ended (the broken one included)
 * @param eventId the first broken event; for {@link Outcome#END_MISSING} the event the chain should
 *     end with; 0 when intact
 */
public record ChainReport(Outcome outcome, long eventsChecked, long eventId) {
  public enum Outcome {
    /** Every hash matches its event's content and every event links to the one before it. */
    INTACT,
    /** The event's stored hash is not the hash of its stored content: the event was altered. */
    CONTENT_ALTERED,
    /**
     * The event's previous hash is not the hash of the event before it: an event before it was
     * removed, or rewritten together with its hash.
     */
    LINK_BROKEN,
    /** The chain is intact but does not end where the last append left it: the newest are gone. */
    END_MISSING
  }

  public static ChainReport intact(long eventsChecked) {
    return new ChainReport(Outcome.INTACT, eventsChecked, 0);
  }

  public boolean isIntact() {
    return outcome == Outcome.INTACT;
  }
}
