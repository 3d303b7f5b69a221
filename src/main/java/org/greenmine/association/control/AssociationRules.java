package org.greenmine.association.control;

import java.util.regex.Pattern;
import org.greenmine.association.entity.AssociationLevel;
import org.greenmine.association.entity.RegionCode;
import org.greenmine.platform.control.InvalidInput;

/**
 * What makes an association well formed: a code and a group-standard prefix of the right shape, a
 * region of the level it serves, and a parent one level or more above it whose region contains its
 * own.
 */
public final class AssociationRules {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,31}");
  private static final Pattern PREFIX = Pattern.compile("T/[A-Z][A-Z0-9]{1,15}");

  private AssociationRules() {}

  /** A parent as the rules see it: its level and its region (null for a national association). */
  public record ParentFacts(String code, AssociationLevel level, RegionCode region) {}

  public static void check(
      String code,
      String standardPrefix,
      AssociationLevel level,
      RegionCode region,
      ParentFacts parent) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidInput("association.code.invalid", code);
    }
    if (standardPrefix == null || !PREFIX.matcher(standardPrefix).matches()) {
      throw new InvalidInput("association.prefix.invalid", standardPrefix);
    }
    if (level == null) {
      throw new InvalidInput("association.level.missing", code);
    }
    if (level == AssociationLevel.NATIONAL) {
      if (region != null) {
        throw new InvalidInput("association.national.noRegion", code);
      }
    } else {
      if (region == null) {
        throw new InvalidInput("association.region.missing", code);
      }
      if (region.level() != level.regionLevel()) {
        throw new InvalidInput("association.region.wrongLevel", code, region, level);
      }
      if (parent == null) {
        throw new InvalidInput("association.parent.missing", code);
      }
    }
    if (parent != null) {
      if (!parent.level().isAbove(level)) {
        throw new InvalidInput("association.parent.notAbove", code, parent.code());
      }
      if (parent.region() != null && region != null && !parent.region().contains(region)) {
        throw new InvalidInput("association.parent.otherRegion", code, parent.code());
      }
    }
  }
}
