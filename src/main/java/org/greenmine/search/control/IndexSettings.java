package org.greenmine.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.greenmine.platform.control.RetryPolicy;

/** How the index queue retries: the configured {@link RetryPolicy} (greenmine.index.*). */
@ApplicationScoped
public class IndexSettings {
  @Inject
  @ConfigProperty(name = "greenmine.index.retry-first-millis", defaultValue = "1000")
  long retryFirstMillis;

  @Inject
  @ConfigProperty(name = "greenmine.index.retry-max-millis", defaultValue = "30000")
  long retryMaxMillis;

  @Inject
  @ConfigProperty(name = "greenmine.index.park-after", defaultValue = "6")
  int parkAfter;

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(
        Duration.ofMillis(retryFirstMillis), Duration.ofMillis(retryMaxMillis), parkAfter);
  }
}
