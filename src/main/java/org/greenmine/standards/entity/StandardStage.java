package org.greenmine.standards.entity;

/** The stages of a group standard, in the order the lifecycle normally takes them. */
public enum StandardStage {
  PROPOSAL,
  PROJECT_APPROVED,
  DRAFTING,
  PUBLIC_COMMENT,
  TECHNICAL_REVIEW,
  APPROVED,
  PUBLISHED,
  PERIODIC_REVIEW,
  WITHDRAWN,
  SUPERSEDED
}
