package org.greenmine.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.greenmine.search.control.SearchIndex;

/** Solr's state, reported apart from the database's: the portal serves pages without it. */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {
  private SearchIndex index;

  SearchReadiness() {}

  @Inject
  public SearchReadiness(SearchIndex index) {
    this.index = index;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("solr").status(index.isAvailable()).build();
  }
}
