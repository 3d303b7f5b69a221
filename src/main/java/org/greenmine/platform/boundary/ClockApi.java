package org.greenmine.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.PortalClock;

/**
 * Moves the portal's clock forward, for tests of deadlines and periods: only an administrator, and
 * only on a deployment configured with {@code greenmine.clock.adjustable=true}.
 */
@Path("admin/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClockApi {
  @Inject PortalClock clock;
  @Context SecurityContext security;

  @POST
  @Operation(summary = "Advance the clock by whole days (test deployments, administrators)")
  public Map<String, String> advance(@QueryParam("days") int days) {
    if (!security.isUserInRole("ADMIN")) {
      throw new jakarta.ws.rs.ForbiddenException();
    }
    if (days < 0 || days > 3650) {
      throw new InvalidInput("clock.backwards");
    }
    clock.advance(Duration.ofDays(days));
    return Map.of("today", clock.today().toString());
  }
}
