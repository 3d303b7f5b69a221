package org.greenmine.association.entity;

import java.util.regex.Pattern;
import org.greenmine.platform.control.InvalidInput;

/**
 * A six-digit administrative division code (GB/T 2260): two digits of province, two of city
 * (prefecture), two of county. {@code 370000} is Shandong, {@code 370600} Yantai, {@code 370681}
 * Longkou.
 */
public record RegionCode(String value) {
  private static final Pattern SIX_DIGITS = Pattern.compile("[1-9]\\d{5}");

  public RegionCode {
    if (value == null || !SIX_DIGITS.matcher(value).matches()) {
      throw new InvalidInput("region.code.invalid", value);
    }
  }

  public RegionLevel level() {
    if (value.endsWith("0000")) {
      return RegionLevel.PROVINCE;
    }
    return value.endsWith("00") ? RegionLevel.CITY : RegionLevel.COUNTY;
  }

  public RegionCode province() {
    return new RegionCode(value.substring(0, 2) + "0000");
  }

  /** The code of the division directly above, or null for a province. */
  public RegionCode parent() {
    return switch (level()) {
      case PROVINCE -> null;
      case CITY -> province();
      case COUNTY -> new RegionCode(value.substring(0, 4) + "00");
    };
  }

  /** True when {@code other} is this division or lies inside it. */
  public boolean contains(RegionCode other) {
    return switch (level()) {
      case PROVINCE -> other.value.startsWith(value.substring(0, 2));
      case CITY -> other.value.startsWith(value.substring(0, 4));
      case COUNTY -> other.value.equals(value);
    };
  }

  @Override
  public String toString() {
    return value;
  }
}
