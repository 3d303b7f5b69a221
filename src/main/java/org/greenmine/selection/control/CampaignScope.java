package org.greenmine.selection.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenmine.content.control.CuratorScope;
import org.greenmine.identity.control.AccountDirectory;
import org.greenmine.identity.entity.Account;
import org.greenmine.platform.control.NotFound;
import org.greenmine.selection.entity.Campaign;
import org.greenmine.selection.entity.CampaignState;
import org.greenmine.selection.entity.Criterion;

/**
 * Who may run a campaign (its association's curators, and administrators) and what it is judged on.
 * Another association's campaign is as good as absent to a curator.
 */
@Stateless
@PermitAll
public class CampaignScope {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject AccountDirectory accounts;

  public void checkCurator(Campaign campaign) {
    if (!curates(campaign)) {
      throw new NotFound("selection.campaign.notFound");
    }
  }

  /** Whether the caller runs the campaign, without failing (and so rolling back) when not. */
  public boolean curates(Campaign campaign) {
    boolean admin = session.isCallerInRole("ADMIN");
    String own =
        admin
            ? null
            : accounts
                .findByUsername(session.getCallerPrincipal().getName())
                .map(Account::getAssociation)
                .map(a -> a.getCode())
                .orElse(null);
    return CuratorScope.mayCurate(
        admin, session.isCallerInRole("CURATOR"), own, campaign.getAssociation().getCode());
  }

  /** The whole tree, indicators and items, in the file's order. */
  public List<Criterion> criteria(Campaign campaign) {
    return em.createQuery(
            "SELECT c FROM Criterion c WHERE c.campaign = :campaign ORDER BY c.position",
            Criterion.class)
        .setParameter("campaign", campaign)
        .getResultList();
  }

  /** The items that are scored: the leaves of the tree. */
  public List<Criterion> items(Campaign campaign) {
    List<Criterion> all = criteria(campaign);
    return all.stream()
        .filter(c -> all.stream().noneMatch(child -> c.getCode().equals(child.getParentCode())))
        .toList();
  }

  /** Every campaign, newest year first: the public list. */
  /** The campaigns the public sees: every one but drafts. */
  public List<Campaign> all() {
    return em.createNamedQuery(Campaign.ALL, Campaign.class).getResultList().stream()
        .filter(c -> c.getState() != CampaignState.DRAFT)
        .toList();
  }

  /** A campaign by its address, for its public page. */
  public Optional<Campaign> bySlug(String slug) {
    return em.createNamedQuery(Campaign.BY_SLUG, Campaign.class)
        .setParameter("slug", slug == null ? "" : slug)
        .getResultStream()
        .filter(c -> c.getState() != CampaignState.DRAFT)
        .findFirst();
  }

  /** A campaign the caller may run; another association's is as good as absent. */
  public Campaign curated(long campaignId) {
    Campaign campaign = em.find(Campaign.class, campaignId);
    if (campaign == null) {
      throw new NotFound("selection.campaign.notFound");
    }
    checkCurator(campaign);
    return campaign;
  }

  /** The campaigns the caller may run: their association's, or all for an administrator. */
  public List<Campaign> curatable() {
    boolean admin = session.isCallerInRole("ADMIN");
    boolean curator = session.isCallerInRole("CURATOR");
    if (!admin && !curator) {
      return List.of();
    }
    String own =
        admin
            ? null
            : accounts
                .findByUsername(session.getCallerPrincipal().getName())
                .map(Account::getAssociation)
                .map(a -> a.getCode())
                .orElse(null);
    // drafts too: they are the curators' own work
    return em.createNamedQuery(Campaign.ALL, Campaign.class).getResultList().stream()
        .filter(c -> CuratorScope.mayCurate(admin, curator, own, c.getAssociation().getCode()))
        .toList();
  }
}
