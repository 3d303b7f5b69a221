package org.greenmine.testing;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

/**
 * Arquillian reports the deployment at the machine's network address; tests talk to it over the
 * loopback interface instead (Payara listens on all interfaces), so no test traffic leaves this
 * host.
 */
public final class LocalUrl {
  private LocalUrl() {}

  public static URI of(URL deployment) {
    try {
      URI uri = deployment.toURI();
      return new URI(uri.getScheme(), null, "127.0.0.1", uri.getPort(), uri.getPath(), null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(deployment.toString(), e);
    }
  }
}
