package org.greenmine.selection.control;

/**
 * Fired inside the transaction in which a curator decided an application's eligibility; observers
 * that write (an outbox) join it, so they commit or roll back with the decision.
 */
public record EligibilityDecided(
    long applicationId,
    String applicant,
    String mineName,
    String campaignTitleZh,
    String campaignTitleEn,
    boolean eligible,
    String reason) {}
