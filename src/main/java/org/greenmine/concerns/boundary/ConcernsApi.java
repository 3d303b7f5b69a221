package org.greenmine.concerns.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.greenmine.concerns.control.Concerns;
import org.greenmine.concerns.entity.Concern;
import org.greenmine.concerns.entity.ConcernCategory;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.platform.control.NotFound;
import org.greenmine.platform.control.PortalClock;

/**
 * Concerns for other systems and scripts: raise one (no login), follow it with its private token,
 * read the published answers; curators work their desk; enterprises respond when invited. Roles are
 * checked by {@link Concerns}.
 */
@Path("concerns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConcernsApi {
  @Inject Concerns concerns;
  @Inject PortalClock time;
  @Context HttpServletRequest request;

  public record EvidenceFile(String fileName, String base64) {}

  public record RaiseRequest(
      long application,
      String category,
      String whatHappened,
      String place,
      String happenedOn,
      String contact,
      List<EvidenceFile> evidence) {}

  public record RaiseAnswer(String reference, String token, String followUrl) {}

  /** What everyone may read of a concern: no reporter, no reporter's words. */
  public record PublicConcern(
      String reference,
      String mine,
      String category,
      LocalDate receivedOn,
      String state,
      String answer,
      boolean upheld,
      String enterpriseResponse) {}

  public record Step(String state, String note, long at) {}

  /** The reporter's own view through the private link. */
  public record FollowedConcern(
      String reference,
      String mine,
      String category,
      String whatHappened,
      String place,
      LocalDate happenedOn,
      String state,
      LocalDate acknowledgeBy,
      LocalDate answerBy,
      String answer,
      boolean upheld,
      String rejectionReason,
      String enterpriseResponse,
      List<Step> timeline) {}

  public record DeskItem(
      String reference,
      String mine,
      String association,
      String category,
      String state,
      LocalDate receivedOn,
      LocalDate acknowledgeBy,
      LocalDate answerBy,
      boolean overdue,
      boolean enterpriseInvited,
      String whatHappened,
      String place,
      LocalDate happenedOn,
      String contact) {}

  public record Note(String note) {}

  public record Answer(String text, boolean upheld, String suspendUntil) {}

  public record Reason(String reason) {}

  public record Text(String text) {}

  @POST
  @Operation(summary = "Raises a concern about a mine (no login); gives back a private follow link")
  @APIResponse(responseCode = "201", description = "the reference and the private token")
  @APIResponse(responseCode = "400", description = "a field is missing or wrong; the message says")
  @APIResponse(responseCode = "429", description = "too many concerns from this address this hour")
  public Response raise(RaiseRequest r) {
    if (r == null) {
      throw new InvalidInput("concern.what.length", 20, Concern.MAX_TEXT);
    }
    List<Concerns.Evidence> files =
        r.evidence() == null
            ? List.of()
            : r.evidence().stream()
                .map(f -> new Concerns.Evidence(f.fileName(), decode(f.base64())))
                .toList();
    Concerns.Raised raised =
        concerns.raise(
            r.application(),
            new Concerns.Report(
                category(r.category()),
                r.whatHappened(),
                r.place(),
                date(r.happenedOn()),
                r.contact()),
            files,
            request.getRemoteAddr());
    return Response.status(Response.Status.CREATED)
        .entity(new RaiseAnswer(raised.reference(), raised.token(), followPath(raised)))
        .build();
  }

  @GET
  @Operation(summary = "Answered concerns, without the reporters' identity or words")
  public List<PublicConcern> answered() {
    return concerns.publicAnswers(200).stream().map(ConcernsApi::publicView).toList();
  }

  @GET
  @Path("{reference}")
  @Operation(summary = "A concern as its reporter follows it (the private token is required)")
  @APIResponse(responseCode = "404", description = "no such concern, or not this token")
  public FollowedConcern follow(
      @PathParam("reference") String reference, @QueryParam("token") String token) {
    Concern c =
        concerns.follow(reference, token).orElseThrow(() -> new NotFound("concern.notFound"));
    return new FollowedConcern(
        c.getReference(),
        c.getMineName(),
        c.getCategory().name(),
        c.getWhatHappened(),
        c.getPlace(),
        c.getHappenedOn(),
        c.getState().name(),
        c.getAcknowledgeBy(),
        c.getAnswerBy(),
        c.getPublicAnswer(),
        c.isUpheld(),
        c.getRejectionReason(),
        c.getEnterpriseResponse(),
        concerns.timeline(c).stream()
            .map(e -> new Step(e.getState().name(), null, e.getOccurredAt()))
            .toList());
  }

  @GET
  @Path("desk")
  @Operation(summary = "The curator's desk: their association's concerns, overdue ones flagged")
  public List<DeskItem> desk() {
    LocalDate today = time.today();
    return concerns.desk().stream().map(c -> deskItem(c, today)).toList();
  }

  @POST
  @Path("{reference}/acknowledge")
  public DeskItem acknowledge(@PathParam("reference") String reference, Note note) {
    return deskItem(concerns.acknowledge(reference, note == null ? null : note.note()));
  }

  @POST
  @Path("{reference}/investigate")
  public DeskItem investigate(@PathParam("reference") String reference, Note note) {
    return deskItem(concerns.investigate(reference, note == null ? null : note.note()));
  }

  @POST
  @Path("{reference}/answer")
  @Operation(
      summary = "Publishes the answer; upheld against a listed mine it may suspend the entry")
  public DeskItem answer(@PathParam("reference") String reference, Answer answer) {
    if (answer == null) {
      throw new InvalidInput("concern.answer.length", 20, Concern.MAX_TEXT);
    }
    LocalDate until =
        answer.suspendUntil() == null || answer.suspendUntil().isBlank()
            ? null
            : date(answer.suspendUntil());
    return deskItem(concerns.answer(reference, answer.text(), answer.upheld(), until));
  }

  @POST
  @Path("{reference}/close")
  public DeskItem close(@PathParam("reference") String reference, Note note) {
    return deskItem(concerns.close(reference, note == null ? null : note.note()));
  }

  @POST
  @Path("{reference}/reject")
  public DeskItem reject(@PathParam("reference") String reference, Reason reason) {
    return deskItem(concerns.reject(reference, reason == null ? null : reason.reason()));
  }

  @POST
  @Path("{reference}/invite")
  public DeskItem invite(@PathParam("reference") String reference) {
    return deskItem(concerns.invite(reference));
  }

  @GET
  @Path("invitations")
  @Operation(summary = "Concerns about the caller's mines that the association asks them to answer")
  public List<PublicConcern> invitations() {
    return concerns.invitations().stream().map(ConcernsApi::publicView).toList();
  }

  @POST
  @Path("{reference}/response")
  public PublicConcern respond(@PathParam("reference") String reference, Text text) {
    return publicView(concerns.respond(reference, text == null ? null : text.text()));
  }

  static PublicConcern publicView(Concern c) {
    return new PublicConcern(
        c.getReference(),
        c.getMineName(),
        c.getCategory().name(),
        c.getReceivedOn(),
        c.getState().name(),
        c.getPublicAnswer(),
        c.isUpheld(),
        c.getEnterpriseResponse());
  }

  private DeskItem deskItem(Concern c) {
    return deskItem(c, time.today());
  }

  private static DeskItem deskItem(Concern c, LocalDate today) {
    return new DeskItem(
        c.getReference(),
        c.getMineName(),
        c.getAssociation().getCode(),
        c.getCategory().name(),
        c.getState().name(),
        c.getReceivedOn(),
        c.getAcknowledgeBy(),
        c.getAnswerBy(),
        c.overdueOn(today),
        c.isEnterpriseInvited(),
        c.getWhatHappened(),
        c.getPlace(),
        c.getHappenedOn(),
        c.getContact());
  }

  /** The private link, relative to the portal: {@code /concerns/follow?ref=…&token=…}. */
  static String followPath(Concerns.Raised raised) {
    return "/concerns/follow?ref=" + raised.reference() + "&token=" + raised.token();
  }

  private static ConcernCategory category(String name) {
    try {
      return name == null ? null : ConcernCategory.valueOf(name.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("concern.category.missing");
    }
  }

  private static LocalDate date(String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput("concern.date", text);
    }
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64 == null ? "" : base64);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("concern.evidence.encoding");
    }
  }
}
