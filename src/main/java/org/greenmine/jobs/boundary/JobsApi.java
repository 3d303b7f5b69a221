package org.greenmine.jobs.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Cluster jobs for operators: their leases, recent runs and "run now" (administrators). */
@Path("admin/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobsApi {
  @Inject JobAdministration administration;

  public record Lease(String name, String holder, long leaseUntil, long nextRun, long runs) {}

  public record Run(
      long id,
      String job,
      String holder,
      long startedAt,
      long finishedAt,
      String outcome,
      String detail) {}

  public record State(String instance, List<Lease> leases, List<Run> runs) {}

  @GET
  @Operation(summary = "Cluster jobs: leases, recent runs, and the answering instance")
  @APIResponse(responseCode = "200", description = "leases and the most recent runs, newest first")
  @APIResponse(responseCode = "403", description = "not an administrator")
  public State state(@QueryParam("runs") @DefaultValue("50") int runs) {
    int max = Math.max(1, Math.min(runs, 1000));
    return new State(
        administration.instance(),
        administration.leases().stream()
            .map(
                l ->
                    new Lease(
                        l.getName(), l.getHolder(), l.getLeaseUntil(), l.getNextRun(), l.getRuns()))
            .toList(),
        administration.recentRuns(max).stream()
            .map(
                r ->
                    new Run(
                        r.getId(),
                        r.getJob(),
                        r.getHolder(),
                        r.getStartedAt(),
                        r.getFinishedAt(),
                        r.getOutcome(),
                        r.getDetail()))
            .toList());
  }

  @POST
  @Path("{name}/run")
  @Operation(summary = "Makes a job due now; an instance runs it within a few seconds")
  @APIResponse(responseCode = "202", description = "due now")
  @APIResponse(responseCode = "404", description = "no such job")
  public Response runSoon(@PathParam("name") String name) {
    return administration.runSoon(name)
        ? Response.accepted(Map.of("job", name)).build()
        : Response.status(Response.Status.NOT_FOUND)
            .entity(Map.of("error", "jobs.unknown"))
            .build();
  }
}
