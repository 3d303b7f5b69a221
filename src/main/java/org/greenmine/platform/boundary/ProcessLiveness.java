package org.greenmine.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the application answers at all; heap figures help when it is close to its limit. */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    return HealthCheckResponse.named("portal")
        .up()
        .withData("heapUsedMb", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024))
        .withData("heapMaxMb", runtime.maxMemory() / (1024 * 1024))
        .build();
  }
}
