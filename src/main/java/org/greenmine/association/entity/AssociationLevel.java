package org.greenmine.association.entity;

/** The four levels of the association structure, highest first. */
public enum AssociationLevel {
  NATIONAL(null),
  PROVINCIAL(RegionLevel.PROVINCE),
  CITY(RegionLevel.CITY),
  COUNTY(RegionLevel.COUNTY);

  private final RegionLevel regionLevel;

  AssociationLevel(RegionLevel regionLevel) {
    this.regionLevel = regionLevel;
  }

  /** The level of region an association of this level serves; null for national ones. */
  public RegionLevel regionLevel() {
    return regionLevel;
  }

  public boolean isAbove(AssociationLevel other) {
    return ordinal() < other.ordinal();
  }
}
