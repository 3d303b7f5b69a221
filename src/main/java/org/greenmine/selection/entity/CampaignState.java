package org.greenmine.selection.entity;

/** Where a campaign stands; each step only moves forward. */
public enum CampaignState {
  DRAFT,
  APPLICATIONS_OPEN,
  REVIEW,
  PUBLIC_NOTICE,
  FINAL;

  public boolean canMoveTo(CampaignState next) {
    return next.ordinal() == ordinal() + 1;
  }
}
