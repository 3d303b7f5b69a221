package org.greenmine.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.UUID;
import org.greenmine.association.entity.Association;
import org.greenmine.identity.control.PasswordHasher;
import org.greenmine.identity.entity.Account;
import org.greenmine.identity.entity.Role;

/** Seeds accounts for a test, straight into the database, each with a fresh unique name. */
@ApplicationScoped
public class TestAccounts {
  @PersistenceContext EntityManager em;

  @Transactional
  public String create(String prefix, String password, Role first, Role... more) {
    return createIn(null, prefix, password, first, more);
  }

  /** An account that belongs to the association with this code (null for none). */
  @Transactional
  public String createIn(
      String associationCode, String prefix, String password, Role first, Role... more) {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    Account account =
        new Account(
            username,
            "Test " + prefix,
            new PasswordHasher().hash(password.toCharArray()),
            EnumSet.of(first, more));
    if (associationCode != null) {
      account.setAssociation(
          em.createNamedQuery(Association.BY_CODE, Association.class)
              .setParameter("code", associationCode)
              .getSingleResult());
    }
    em.persist(account);
    return username;
  }

  /**
   * Accounts with exactly these names (for tests whose client side must know them), all with the
   * same password, hashed once; names already present are left alone.
   */
  @Transactional
  public void createNamed(
      String associationCode, java.util.List<String> usernames, String password, Role role) {
    String hash = new PasswordHasher().hash(password.toCharArray());
    for (String username : usernames) {
      if (!em.createNamedQuery(Account.BY_USERNAME, Account.class)
          .setParameter("username", username)
          .getResultList()
          .isEmpty()) {
        continue;
      }
      Account account = new Account(username, "Test " + username, hash, EnumSet.of(role));
      if (associationCode != null) {
        account.setAssociation(
            em.createNamedQuery(Association.BY_CODE, Association.class)
                .setParameter("code", associationCode)
                .getSingleResult());
      }
      em.persist(account);
    }
  }

  /** Gives the account a mail address (for tests of mail to people). */
  @Transactional
  public void setEmail(String username, String email) {
    em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getSingleResult()
        .setEmail(email);
  }

  @Transactional
  public void disable(String username) {
    em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getSingleResult()
        .setEnabled(false);
  }

  public String passwordHashOf(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getSingleResult()
        .passwordHash();
  }
}
