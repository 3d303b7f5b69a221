package org.greenmine.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;
import org.greenmine.identity.entity.Account;
import org.greenmine.identity.entity.Role;

/** Checks a user name and password against the accounts in the database. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
  private static final String DECOY_HASH = AccountDirectory.HASHER.decoy();

  @Inject AccountDirectory accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String username = Usernames.normalize(login.getCaller());
    Optional<Account> account = accounts.findByUsername(username).filter(Account::isEnabled);
    // an unknown name costs as much time as a wrong password, so timing does not reveal accounts
    String hash = account.map(Account::passwordHash).orElse(DECOY_HASH);
    boolean matches = AccountDirectory.HASHER.matches(login.getPassword().getValue(), hash);
    if (account.isEmpty() || !matches) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        username, account.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
