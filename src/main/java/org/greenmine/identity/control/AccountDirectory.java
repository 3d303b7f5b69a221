package org.greenmine.identity.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.greenmine.association.entity.Association;
import org.greenmine.identity.entity.Account;
import org.greenmine.identity.entity.Role;
import org.greenmine.platform.control.Conflict;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;

/**
 * Accounts: looked up by login, administered by administrators, passwords changed by their owners.
 */
@Stateless
public class AccountDirectory {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  static final PasswordHasher HASHER = new PasswordHasher();

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;

  /** An account to create, as an administrator fills it in. */
  public record NewAccount(
      String username,
      String displayName,
      String email,
      char[] initialPassword,
      Set<Role> roles,
      String associationCode) {}

  public Optional<Account> findByUsername(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @RolesAllowed("ADMIN")
  public List<Account> all() {
    return em.createNamedQuery(Account.ALL, Account.class).getResultList();
  }

  @RolesAllowed("ADMIN")
  public Account create(NewAccount request) {
    String username = Usernames.normalize(request.username());
    if (!USERNAME.matcher(username).matches()) {
      throw new InvalidInput("account.username.invalid");
    }
    if (request.displayName() == null || request.displayName().isBlank()) {
      throw new InvalidInput("account.displayName.missing");
    }
    if (request.roles() == null || request.roles().isEmpty()) {
      throw new InvalidInput("account.roles.missing");
    }
    if (findByUsername(username).isPresent()) {
      throw new Conflict("account.username.taken", username);
    }
    PasswordPolicy.check(username, request.initialPassword());
    Account account =
        new Account(
            username,
            request.displayName().trim(),
            HASHER.hash(request.initialPassword()),
            EnumSet.copyOf(request.roles()));
    account.setEmail(blankToNull(request.email()));
    account.setAssociation(association(request.associationCode()));
    em.persist(account);
    return account;
  }

  @RolesAllowed("ADMIN")
  public Account updateAccess(
      String username, Set<Role> roles, String associationCode, boolean enabled) {
    Account account = findByUsername(username).orElseThrow(() -> new NotFound("account.notFound"));
    if (roles == null || roles.isEmpty()) {
      throw new InvalidInput("account.roles.missing");
    }
    boolean selfDemotion =
        username.equals(session.getCallerPrincipal().getName())
            && (!roles.contains(Role.ADMIN) || !enabled);
    if (selfDemotion) {
      throw new InvalidInput("account.selfDemotion");
    }
    account.setRoles(EnumSet.copyOf(roles));
    account.setAssociation(association(associationCode));
    account.setEnabled(enabled);
    return account;
  }

  /** The caller changes their own password; the current one must be given. */
  @RolesAllowed({"ADMIN", "CURATOR", "EXPERT", "MEMBER"})
  public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
    String username = session.getCallerPrincipal().getName();
    Account account = findByUsername(username).orElseThrow(() -> new NotFound("account.notFound"));
    if (!HASHER.matches(currentPassword, account.passwordHash())) {
      throw new InvalidInput("password.currentWrong");
    }
    PasswordPolicy.check(username, newPassword);
    account.changePasswordHash(HASHER.hash(newPassword));
  }

  private Association association(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return em.createNamedQuery(Association.BY_CODE, Association.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new InvalidInput("association.unknown", code));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
