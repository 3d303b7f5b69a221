package org.greenmine.technology.entity;

/** The six categories of the catalogue of advanced applicable technologies (2022 edition). */
public enum TechnologyCategory {
  GEOLOGICAL_EXPLORATION,
  MINING,
  MINERAL_PROCESSING,
  COMPREHENSIVE_UTILISATION,
  GREEN_LOW_CARBON,
  DIGITAL_INTELLIGENT
}
