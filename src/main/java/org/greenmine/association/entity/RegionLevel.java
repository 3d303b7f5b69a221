package org.greenmine.association.entity;

public enum RegionLevel {
  PROVINCE,
  CITY,
  COUNTY
}
