package org.greenmine.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenmine.selection.control.ConflictRules.Kind.ADDED_BY_CURATOR;
import static org.greenmine.selection.control.ConflictRules.Kind.DECLARED_BY_EXPERT;
import static org.greenmine.selection.control.ConflictRules.Kind.RELATED_ENTERPRISE;
import static org.greenmine.selection.control.ConflictRules.Kind.SAME_ENTERPRISE;
import static org.greenmine.selection.control.ConflictRules.Kind.SAME_GROUP;
import static org.greenmine.selection.control.ConflictRules.Kind.SAME_PROVINCE;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.selection.control.ConflictRules;
import org.greenmine.selection.control.ConflictRules.Applicant;
import org.greenmine.selection.control.ConflictRules.Declaration;
import org.greenmine.selection.control.ConflictRules.DeclaredBy;
import org.greenmine.selection.control.ConflictRules.Expert;
import org.greenmine.selection.control.ConflictRules.Reason;
import org.greenmine.selection.control.ReviewPair;
import org.greenmine.selection.control.UnifiedSocialCreditCode;
import org.greenmine.testing.CreditCodes;
import org.junit.jupiter.api.Test;

class ConflictRulesTest {
  private static final UnifiedSocialCreditCode MINE = code(1);
  private static final UnifiedSocialCreditCode SISTER = code(2);
  private static final UnifiedSocialCreditCode INSTITUTE = code(3);
  private static final UnifiedSocialCreditCode OTHER = code(4);

  private static UnifiedSocialCreditCode code(int n) {
    return UnifiedSocialCreditCode.parse(CreditCodes.enterprise(n));
  }

  private static final Applicant APPLICANT =
      new Applicant("app-1", MINE, "G-ZIJIN", Set.of(SISTER), "350000");

  private static final ConflictRules PLAIN = ConflictRules.of(false, List.of());

  private static List<ConflictRules.Kind> kinds(ConflictRules rules, Expert expert) {
    return rules.reasons(expert, APPLICANT).stream().map(Reason::kind).toList();
  }

  @Test
  void anIndependentExpertHasNoConflict() {
    Expert expert = new Expert("x", INSTITUTE, null, Set.of(), "110000");
    assertThat(PLAIN.reasons(expert, APPLICANT)).isEmpty();
    assertThat(new Expert("retired", null, null, null, null).relatedEnterprises()).isEmpty();
    assertThat(PLAIN.reasons(new Expert("retired", null, null, null, null), APPLICANT)).isEmpty();
  }

  @Test
  void workingForTheApplicantIsAConflict() {
    Expert expert = new Expert("x", MINE, null, Set.of(), "110000");
    assertThat(PLAIN.reasons(expert, APPLICANT))
        .containsExactly(new Reason(SAME_ENTERPRISE, MINE.value()));
  }

  @Test
  void theSameGroupIsAConflict() {
    Expert expert = new Expert("x", OTHER, "G-ZIJIN", Set.of(), "110000");
    assertThat(PLAIN.reasons(expert, APPLICANT)).containsExactly(new Reason(SAME_GROUP, "G-ZIJIN"));
    assertThat(kinds(PLAIN, new Expert("y", OTHER, " ", Set.of(), "110000"))).isEmpty();
  }

  @Test
  void overlappingRelatedEnterprisesAreAConflict() {
    // the expert works for the applicant's sister company
    assertThat(kinds(PLAIN, new Expert("x", SISTER, null, Set.of(), "110000")))
        .containsExactly(RELATED_ENTERPRISE);
    // the expert declared the applicant among their related enterprises
    assertThat(PLAIN.reasons(new Expert("y", INSTITUTE, null, Set.of(MINE), "110000"), APPLICANT))
        .containsExactly(new Reason(RELATED_ENTERPRISE, MINE.value()));
    // both declared the same third enterprise
    assertThat(kinds(PLAIN, new Expert("z", INSTITUTE, null, Set.of(SISTER), "110000")))
        .containsExactly(RELATED_ENTERPRISE);
  }

  @Test
  void theSameProvinceCountsOnlyWhenTheCampaignSaysSo() {
    Expert local = new Expert("x", INSTITUTE, null, Set.of(), "350000");
    assertThat(kinds(PLAIN, local)).isEmpty();
    assertThat(kinds(ConflictRules.of(true, List.of()), local)).containsExactly(SAME_PROVINCE);
  }

  @Test
  void declaredAndCuratorAddedConflictsCarryTheirReasons() {
    ConflictRules rules =
        ConflictRules.of(
            false,
            List.of(
                new Declaration(
                    "x", "app-1", DeclaredBy.EXPERT, "supervised the mine's PhD students"),
                new Declaration("x", "app-1", DeclaredBy.CURATOR, "co-author of the application"),
                new Declaration("x", "app-2", DeclaredBy.EXPERT, "other application")));
    Expert expert = new Expert("x", INSTITUTE, null, Set.of(), "110000");
    assertThat(rules.reasons(expert, APPLICANT))
        .containsExactly(
            new Reason(DECLARED_BY_EXPERT, "supervised the mine's PhD students"),
            new Reason(ADDED_BY_CURATOR, "co-author of the application"));
    assertThatThrownBy(() -> new Declaration("x", "app-1", DeclaredBy.EXPERT, "  "))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void severalReasonsAreAllReported() {
    ConflictRules rules = ConflictRules.of(true, List.of());
    Expert insider = new Expert("x", MINE, "G-ZIJIN", Set.of(SISTER), "350000");
    assertThat(kinds(rules, insider))
        .containsExactly(SAME_ENTERPRISE, SAME_GROUP, RELATED_ENTERPRISE, SAME_PROVINCE);
  }

  @Test
  void allConflictsOfARoundAreListedByApplicationThenExpert() {
    Applicant other = new Applicant("app-2", OTHER, null, Set.of(), "620000");
    Map<ReviewPair, List<Reason>> conflicts =
        PLAIN.conflicts(
            List.of(
                new Expert("b", MINE, null, Set.of(), "110000"),
                new Expert("a", OTHER, null, Set.of(), "110000"),
                new Expert("c", INSTITUTE, null, Set.of(), "110000")),
            List.of(other, APPLICANT));
    assertThat(conflicts.keySet())
        .containsExactly(new ReviewPair("b", "app-1"), new ReviewPair("a", "app-2"));
  }
}
