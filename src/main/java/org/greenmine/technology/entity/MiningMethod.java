package org.greenmine.technology.entity;

public enum MiningMethod {
  OPEN_PIT,
  UNDERGROUND,
  BOTH,
  NOT_APPLICABLE;
}
