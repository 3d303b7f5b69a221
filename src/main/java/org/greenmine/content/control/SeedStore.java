package org.greenmine.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenmine.content.entity.Document;
import org.greenmine.content.entity.PublicationState;
import org.greenmine.content.entity.Revision;
import org.greenmine.standards.entity.ReferenceStandard;

/**
 * Writes one seed item, whole, in its own transaction: a file is loaded completely or not at all.
 */
@ApplicationScoped
public class SeedStore {
  static final String SEED_AUTHOR = "seed";

  @PersistenceContext EntityManager em;
  @Inject Event<ContentChanged> changes;

  public boolean documentExists(Class<? extends Document> kind, String slug) {
    return !em.createQuery("SELECT d.id FROM " + kind.getSimpleName() + " d WHERE d.slug = :slug")
        .setParameter("slug", slug)
        .getResultList()
        .isEmpty();
  }

  public boolean referenceExists(String code) {
    return em.find(ReferenceStandard.class, code) != null;
  }

  /** Stores a document prepared by the importer as published, with its first revision. */
  @Transactional
  public void publish(Document document, java.util.function.Consumer<EntityManager> beforeStore) {
    beforeStore.accept(em);
    document.moveTo(PublicationState.PUBLISHED);
    em.persist(document);
    em.persist(new Revision(document, 1, SEED_AUTHOR, Revision.Event.SEEDED));
    em.flush();
    changes.fire(new ContentChanged(document.getId(), document.kind(), true));
  }

  @Transactional
  public void store(ReferenceStandard reference) {
    em.persist(reference);
  }
}
