package org.greenmine.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;

/**
 * The portal-wide login throttle. An account name gets few free failures; a client address gets
 * more, since many honest people can share one address behind a proxy.
 */
@ApplicationScoped
public class LoginGate {
  private final LoginThrottle byAccount = new LoginThrottle(Clock.systemUTC(), 3);
  private final LoginThrottle byAddress = new LoginThrottle(Clock.systemUTC(), 20);

  public Duration waitBeforeAttempt(String username, String clientAddress) {
    Duration account = byAccount.waitBeforeAttempt(accountKey(username));
    Duration address = byAddress.waitBeforeAttempt(clientAddress);
    return account.compareTo(address) >= 0 ? account : address;
  }

  public void failed(String username, String clientAddress) {
    byAccount.recordFailure(accountKey(username));
    byAddress.recordFailure(clientAddress);
  }

  public void succeeded(String username, String clientAddress) {
    byAccount.recordSuccess(accountKey(username));
    byAddress.recordSuccess(clientAddress);
  }

  private static String accountKey(String username) {
    return username == null ? "" : username.trim().toLowerCase();
  }
}
