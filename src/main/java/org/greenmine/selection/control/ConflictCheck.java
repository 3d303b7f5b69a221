package org.greenmine.selection.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.Expert;
import org.greenmine.selection.entity.MineApplication;

/** The registry's expert and a stored application, put to the conflict rules. */
final class ConflictCheck {
  private ConflictCheck() {}

  static List<String> reasons(Expert expert, MineApplication application, Campaign campaign) {
    Set<UnifiedSocialCreditCode> group = new HashSet<>();
    for (String code : expert.getGroupCreditCodes()) {
      if (UnifiedSocialCreditCode.isValid(code)) {
        group.add(UnifiedSocialCreditCode.parse(code));
      }
    }
    UnifiedSocialCreditCode affiliation =
        expert.getAffiliationCreditCode() == null
                || !UnifiedSocialCreditCode.isValid(expert.getAffiliationCreditCode())
            ? null
            : UnifiedSocialCreditCode.parse(expert.getAffiliationCreditCode());
    ConflictRules rules = ConflictRules.of(campaign.isSameProvinceConflict(), List.of());
    return rules
        .reasons(
            new ConflictRules.Expert(
                String.valueOf(expert.getId()), affiliation, null, group, expert.getProvinceCode()),
            new ConflictRules.Applicant(
                String.valueOf(application.getId()),
                UnifiedSocialCreditCode.parse(application.getCreditCode()),
                null,
                Set.of(),
                application.getProvinceCode()))
        .stream()
        .map(r -> r.kind().name() + (r.detail() == null ? "" : " " + r.detail()))
        .toList();
  }
}
