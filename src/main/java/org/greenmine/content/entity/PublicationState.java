package org.greenmine.content.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an item is in its publication workflow. Only {@link #PUBLISHED} items are visible to anyone
 * without curator rights.
 */
public enum PublicationState {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED;

  /** The states an item may move to from this one. */
  public Set<PublicationState> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(IN_REVIEW, PUBLISHED);
      case IN_REVIEW -> EnumSet.of(DRAFT, PUBLISHED);
      case PUBLISHED -> EnumSet.of(ARCHIVED, DRAFT);
      case ARCHIVED -> EnumSet.of(DRAFT, PUBLISHED);
    };
  }

  public boolean canMoveTo(PublicationState target) {
    return next().contains(target);
  }
}
