package org.greenmine.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;

/**
 * The portal-wide login throttle. An account name gets few free attempts; a client address gets
 * more, since many honest people can share one address behind a proxy. A success starts the account
 * afresh but only takes its own attempt back from the address, so one good login cannot reset a
 * guesser.
 */
@ApplicationScoped
public class LoginGate {
  private final LoginThrottle byAccount = new LoginThrottle(Clock.systemUTC(), 3);
  private final LoginThrottle byAddress = new LoginThrottle(Clock.systemUTC(), 20);

  /** Zero when the attempt may go ahead (it is counted); otherwise how long to wait. */
  public Duration begin(String username, String clientAddress) {
    Duration address = byAddress.begin(clientAddress);
    if (!address.isZero()) {
      return address;
    }
    Duration account = byAccount.begin(Usernames.normalize(username));
    if (!account.isZero()) {
      byAddress.forgiveOne(clientAddress);
    }
    return account;
  }

  public void succeeded(String username, String clientAddress) {
    byAccount.clear(Usernames.normalize(username));
    byAddress.forgiveOne(clientAddress);
  }
}
