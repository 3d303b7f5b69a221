package org.greenmine.alerts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.greenmine.alerts.control.SavedSearches;

/** Saved searches: the caller's own list, and the one-click unsubscribe of RFC 8058. */
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AlertsApi {
  @Inject SavedSearches searches;

  public record Saved(long id, String criteria, String frequency, long lastDigestAt) {}

  @GET
  @Operation(summary = "The caller's saved searches")
  @APIResponse(responseCode = "200", description = "the saved searches, oldest first")
  @APIResponse(responseCode = "403", description = "not logged in")
  public List<Saved> mine() {
    return searches.mine().stream()
        .map(
            s ->
                new Saved(s.getId(), s.getCriteria(), s.getFrequency().name(), s.getLastDigestAt()))
        .toList();
  }

  /**
   * The address in a digest's List-Unsubscribe header: a mail program posts {@code
   * List-Unsubscribe=One-Click} here. People use the page the mail's link opens instead.
   */
  @POST
  @Path("unsubscribe")
  @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
  @Operation(summary = "Deletes the saved search of a digest's token (one-click, no login)")
  @APIResponse(responseCode = "200", description = "whether a saved search was deleted")
  public Map<String, Boolean> unsubscribe(@QueryParam("token") String token) {
    return Map.of("unsubscribed", searches.unsubscribe(token));
  }
}
