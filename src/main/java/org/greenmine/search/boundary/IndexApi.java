package org.greenmine.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.greenmine.search.control.IndexMaintenance;
import org.greenmine.search.control.IndexOutbox;

/**
 * The index administration for scripts (backup and restore, benchmarks): the same operations as the
 * administrator's page, for a logged-in administrator only (checked by {@link
 * IndexAdministration}).
 */
@Path("admin/index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndexApi {
  @Inject IndexAdministration administration;

  public record State(IndexOutbox.QueueState queue, IndexMaintenance.Progress rebuild) {}

  @GET
  @Operation(summary = "The index queue and the last rebuild's progress (administrators)")
  @APIResponse(responseCode = "200", description = "queue counts and rebuild progress")
  @APIResponse(responseCode = "403", description = "not an administrator")
  public State state() {
    return new State(administration.queue(), administration.progress());
  }

  @POST
  @Path("rebuild")
  @Operation(summary = "Starts a rebuild of the index from the database (administrators)")
  @APIResponse(responseCode = "202", description = "started")
  @APIResponse(responseCode = "409", description = "a rebuild is already running")
  public Response rebuild() {
    return administration.startRebuild()
        ? Response.accepted(administration.progress()).build()
        : Response.status(Response.Status.CONFLICT)
            .entity(Map.of("error", "index.rebuild.running"))
            .build();
  }

  @POST
  @Path("reconcile")
  @Operation(summary = "Compares database and index and queues every difference (administrators)")
  @APIResponse(responseCode = "200", description = "the numbers of differences queued")
  public Map<String, Integer> reconcile() {
    IndexMaintenance.Reconciliation found = administration.compare();
    administration.repair(found);
    return Map.of(
        "missing", found.missing().size(),
        "stale", found.stale().size(),
        "extra", found.extra().size());
  }
}
