package org.greenmine.selection.entity;

/** A mine's production scale class. */
public enum MineScale {
  LARGE,
  MEDIUM,
  SMALL
}
