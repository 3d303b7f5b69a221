package org.greenmine.technology.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenmine.association.control.AssociationRegistry;
import org.greenmine.association.entity.RegionCode;
import org.greenmine.content.entity.PublicationState;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;
import org.greenmine.technology.entity.MiningMethod;
import org.greenmine.technology.entity.Technology;
import org.greenmine.technology.entity.TechnologyCategory;
import org.greenmine.technology.entity.TechnologyNeed;

/** Members post technology needs and see the catalogue technologies that fit, best first. */
@Stateless
@RolesAllowed({"MEMBER", "EXPERT", "CURATOR", "ADMIN"})
public class TechnologyNeeds {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject AssociationRegistry associations;
  @Inject org.greenmine.identity.control.AccountDirectory accounts;

  /** A need as a member fills it in. */
  public record Draft(
      String title,
      String mineral,
      MiningMethod method,
      TechnologyCategory category,
      String provinceCode,
      String problem,
      String contact) {}

  /** A fitting technology and how well it fits. */
  public record Fit(Technology technology, int score) {}

  public TechnologyNeed post(Draft draft) {
    if (draft.title() == null || draft.title().isBlank()) {
      throw new InvalidInput("need.title.missing");
    }
    if (draft.problem() == null || draft.problem().isBlank()) {
      throw new InvalidInput("need.problem.missing");
    }
    if (draft.method() == null) {
      throw new InvalidInput("need.method.missing");
    }
    var region =
        draft.provinceCode() == null || draft.provinceCode().isBlank()
            ? null
            : associations
                .region(new RegionCode(draft.provinceCode()))
                .orElseThrow(() -> new InvalidInput("region.unknown", draft.provinceCode()));
    TechnologyNeed need =
        new TechnologyNeed(
            session.getCallerPrincipal().getName(),
            draft.title().strip(),
            blankToNull(draft.mineral()),
            draft.method(),
            draft.category(),
            region,
            draft.problem().strip(),
            blankToNull(draft.contact()));
    em.persist(need);
    return need;
  }

  public List<TechnologyNeed> mine() {
    return em.createQuery(
            "SELECT n FROM TechnologyNeed n WHERE n.author = :me ORDER BY n.createdAt DESC",
            TechnologyNeed.class)
        .setParameter("me", session.getCallerPrincipal().getName())
        .getResultList();
  }

  /** A need, for its author (or a curator or administrator). */
  public TechnologyNeed need(long id) {
    TechnologyNeed need = em.find(TechnologyNeed.class, id);
    boolean mayRead =
        need != null
            && (need.getAuthor().equals(session.getCallerPrincipal().getName())
                || session.isCallerInRole("CURATOR")
                || session.isCallerInRole("ADMIN"));
    if (!mayRead) {
      throw new NotFound("need.notFound");
    }
    return need;
  }

  public List<Fit> fits(long needId, int limit) {
    return rank(need(needId), limit);
  }

  /** A need that one of the holder's technologies fits, with the need's contact. */
  public record Lead(TechnologyNeed need, List<Technology> technologies) {}

  /**
   * For the holders of technologies, the curators of their association: the needs that their
   * technologies fit among the ten best, so that they can contact the mine.
   */
  @RolesAllowed({"CURATOR", "ADMIN"})
  public List<Lead> leadsForMyAssociation() {
    var own =
        accounts
            .findByUsername(session.getCallerPrincipal().getName())
            .map(a -> a.getAssociation() == null ? null : a.getAssociation().getCode())
            .orElse(null);
    if (own == null) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT n FROM TechnologyNeed n ORDER BY n.createdAt DESC", TechnologyNeed.class)
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(
            n ->
                new Lead(
                    n,
                    rank(n, 10).stream()
                        .map(Fit::technology)
                        .filter(t -> own.equals(t.getAssociation().getCode()))
                        .toList()))
        .filter(lead -> !lead.technologies().isEmpty())
        .toList();
  }

  private List<Fit> rank(TechnologyNeed need, int limit) {
    List<Technology> published =
        em.createQuery("SELECT t FROM Technology t WHERE t.state = :state", Technology.class)
            .setParameter("state", PublicationState.PUBLISHED)
            .getResultList();
    Map<String, Technology> bySlug =
        published.stream().collect(Collectors.toMap(Technology::getSlug, Function.identity()));
    var ranked =
        TechnologyFit.rank(
            new TechnologyFit.Need(
                need.getMineral(), need.getMiningMethod(), need.getCategory(), need.getProblem()),
            published.stream()
                .map(
                    t ->
                        new TechnologyFit.Candidate(
                            t.getSlug(),
                            t.getMinerals(),
                            t.getMiningMethod(),
                            t.getCategory(),
                            t.getMaturity(),
                            t.getTitleZh()
                                + " "
                                + t.getTitleEn()
                                + " "
                                + nullToEmpty(t.getSummaryZh())
                                + " "
                                + nullToEmpty(t.getSummaryEn())))
                .toList());
    return ranked.stream().limit(limit).map(m -> new Fit(bySlug.get(m.slug()), m.score())).toList();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
