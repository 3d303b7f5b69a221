package org.greenmine.selection.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.greenmine.platform.control.InvalidInput;

/**
 * When an expert may not review an application, and why. The reasons, in the order reported: the
 * expert works for the applicant ({@code SAME_ENTERPRISE}); both belong to the same declared
 * enterprise group ({@code SAME_GROUP}); their declared related enterprises overlap ({@code
 * RELATED_ENTERPRISE}); both are in the same province and the campaign says that counts ({@code
 * SAME_PROVINCE}); the expert declared a conflict ({@code DECLARED_BY_EXPERT}); a curator recorded
 * one ({@code ADDED_BY_CURATOR}). Each reason carries the matching data (code, group, province or
 * the declared reason) for the page to show with the kind's message.
 */
public final class ConflictRules {
  public enum Kind {
    SAME_ENTERPRISE,
    SAME_GROUP,
    RELATED_ENTERPRISE,
    SAME_PROVINCE,
    DECLARED_BY_EXPERT,
    ADDED_BY_CURATOR
  }

  public enum DeclaredBy {
    EXPERT,
    CURATOR
  }

  /**
   * An expert's ties: the enterprise they work for (absent for, say, a retired engineer), its
   * group, enterprises they declare related (former employers, clients, the group's members), and
   * the province where they work.
   */
  public record Expert(
      String expertId,
      UnifiedSocialCreditCode affiliation,
      String groupId,
      Set<UnifiedSocialCreditCode> relatedEnterprises,
      String province) {
    public Expert {
      Objects.requireNonNull(expertId, "expertId");
      relatedEnterprises = relatedEnterprises == null ? Set.of() : Set.copyOf(relatedEnterprises);
    }
  }

  /** The applying enterprise, its group, the enterprises it declares related, its province. */
  public record Applicant(
      String applicationId,
      UnifiedSocialCreditCode enterprise,
      String groupId,
      Set<UnifiedSocialCreditCode> relatedEnterprises,
      String province) {
    public Applicant {
      Objects.requireNonNull(applicationId, "applicationId");
      Objects.requireNonNull(enterprise, "enterprise");
      relatedEnterprises = relatedEnterprises == null ? Set.of() : Set.copyOf(relatedEnterprises);
    }
  }

  /** A conflict declared by the expert or recorded by a curator; a reason is always required. */
  public record Declaration(
      String expertId, String applicationId, DeclaredBy declaredBy, String reason) {
    public Declaration {
      Objects.requireNonNull(expertId, "expertId");
      Objects.requireNonNull(applicationId, "applicationId");
      Objects.requireNonNull(declaredBy, "declaredBy");
      if (reason == null || reason.isBlank()) {
        throw new InvalidInput("selection.conflict.reason", expertId, applicationId);
      }
    }
  }

  public record Reason(Kind kind, String detail) {}

  private final boolean sameProvinceConflicts;
  private final Map<ReviewPair, List<Declaration>> declarations;

  private ConflictRules(boolean sameProvinceConflicts, Collection<Declaration> declarations) {
    this.sameProvinceConflicts = sameProvinceConflicts;
    Map<ReviewPair, List<Declaration>> index = new HashMap<>();
    for (Declaration d : declarations) {
      index
          .computeIfAbsent(new ReviewPair(d.expertId(), d.applicationId()), p -> new ArrayList<>())
          .add(d);
    }
    index.replaceAll((pair, list) -> List.copyOf(list));
    this.declarations = index;
  }

  /**
   * @param sameProvinceConflicts whether the campaign excludes experts from the applicant's
   *     province
   */
  public static ConflictRules of(
      boolean sameProvinceConflicts, Collection<Declaration> declarations) {
    return new ConflictRules(sameProvinceConflicts, List.copyOf(declarations));
  }

  public boolean sameProvinceConflicts() {
    return sameProvinceConflicts;
  }

  /** Why {@code expert} may not review {@code applicant}; empty when they may. */
  public List<Reason> reasons(Expert expert, Applicant applicant) {
    List<Reason> reasons = new ArrayList<>(2);
    UnifiedSocialCreditCode enterprise = applicant.enterprise();
    if (enterprise.equals(expert.affiliation())) {
      reasons.add(new Reason(Kind.SAME_ENTERPRISE, enterprise.value()));
    }
    if (present(expert.groupId()) && expert.groupId().equals(applicant.groupId())) {
      reasons.add(new Reason(Kind.SAME_GROUP, expert.groupId()));
    }
    Set<String> shared = sharedRelations(expert, applicant);
    if (!shared.isEmpty()) {
      reasons.add(new Reason(Kind.RELATED_ENTERPRISE, String.join(",", shared)));
    }
    if (sameProvinceConflicts
        && present(expert.province())
        && expert.province().equals(applicant.province())) {
      reasons.add(new Reason(Kind.SAME_PROVINCE, expert.province()));
    }
    for (Declaration d :
        declarations.getOrDefault(
            new ReviewPair(expert.expertId(), applicant.applicationId()), List.of())) {
      Kind kind =
          d.declaredBy() == DeclaredBy.EXPERT ? Kind.DECLARED_BY_EXPERT : Kind.ADDED_BY_CURATOR;
      reasons.add(new Reason(kind, d.reason()));
    }
    return List.copyOf(reasons);
  }

  /**
   * The enterprises both sides are tied to, beyond the expert simply working for the applicant:
   * each side's ties are its own enterprise plus its declared related enterprises.
   */
  private static Set<String> sharedRelations(Expert expert, Applicant applicant) {
    if (expert.relatedEnterprises().isEmpty() && applicant.relatedEnterprises().isEmpty()) {
      return Set.of();
    }
    Set<UnifiedSocialCreditCode> expertTies = new HashSet<>(expert.relatedEnterprises());
    if (expert.affiliation() != null) {
      expertTies.add(expert.affiliation());
    }
    Set<UnifiedSocialCreditCode> applicantTies = new HashSet<>(applicant.relatedEnterprises());
    applicantTies.add(applicant.enterprise());
    Set<String> shared = new TreeSet<>();
    for (UnifiedSocialCreditCode code : expertTies) {
      boolean direct = code.equals(expert.affiliation()) && code.equals(applicant.enterprise());
      if (applicantTies.contains(code) && !direct) {
        shared.add(code.value());
      }
    }
    return shared;
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /** Every conflicted pair with its reasons, ordered by application then expert. */
  public Map<ReviewPair, List<Reason>> conflicts(
      Collection<Expert> experts, Collection<Applicant> applicants) {
    Map<ReviewPair, List<Reason>> found = new TreeMap<>();
    for (Applicant applicant : applicants) {
      for (Expert expert : experts) {
        List<Reason> reasons = reasons(expert, applicant);
        if (!reasons.isEmpty()) {
          found.put(new ReviewPair(expert.expertId(), applicant.applicationId()), reasons);
        }
      }
    }
    return Collections.unmodifiableMap(found);
  }
}
