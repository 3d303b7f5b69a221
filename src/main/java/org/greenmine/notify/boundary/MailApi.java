package org.greenmine.notify.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
import org.greenmine.notify.control.MailOutbox;

/** The mail outbox for administrators: recent mails with their state (the local mailbox). */
@Path("admin/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailApi {
  @Inject MailAdministration administration;

  public record Mail(
      long id,
      String recipient,
      String subject,
      String body,
      String state,
      int attempts,
      String lastError,
      long createdAt,
      Long sentAt) {}

  public record State(
      String mode, MailOutbox.Counts counts, Long outageSince, String outage, List<Mail> mails) {}

  @GET
  @Operation(summary = "Recent mails, newest first, with their delivery state (administrators)")
  @APIResponse(responseCode = "200", description = "counts by state and the most recent mails")
  @APIResponse(responseCode = "403", description = "not an administrator")
  public State state(@QueryParam("max") @DefaultValue("100") int max) {
    var outage = administration.outageSince();
    return new State(
        administration.mode().name().toLowerCase(java.util.Locale.ROOT),
        administration.counts(),
        outage == null ? null : outage.toEpochMilli(),
        administration.outageError(),
        administration.recent(max).stream()
            .map(
                m ->
                    new Mail(
                        m.getId(),
                        m.getRecipient(),
                        m.getSubject(),
                        m.getBody(),
                        m.getState().name(),
                        m.getAttempts(),
                        m.getLastError(),
                        m.getCreatedAt(),
                        m.getSentAt()))
            .toList());
  }

  @POST
  @Path("retry-failed")
  @Operation(summary = "Sends failed mails back to the queue (administrators)")
  public Map<String, Integer> retryFailed() {
    return Map.of("requeued", administration.retryFailed());
  }
}
