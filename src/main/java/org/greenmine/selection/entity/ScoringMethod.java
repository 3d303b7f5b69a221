package org.greenmine.selection.entity;

/** How an application's scores from its experts become one result. */
public enum ScoringMethod {
  MEAN,
  MEDIAN,
  /** Drops the highest and the lowest score when there are at least five. */
  TRIMMED_MEAN
}
