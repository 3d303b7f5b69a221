package org.greenmine.selection.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.greenmine.platform.control.InvalidInput;
import org.greenmine.selection.control.RedList;
import org.greenmine.selection.entity.RedListEntry;
import org.greenmine.selection.entity.RedListStatus;

/** The red list for enterprise credit-information systems: JSON and CSV. */
@Path("redlist")
@RequestScoped
public class RedListApi {
  @Inject RedList redList;

  /** One entry as other systems read it. */
  public record Entry(
      long id,
      String certificateNo,
      String mine,
      String enterprise,
      String creditCode,
      String province,
      String mineral,
      int year,
      String status,
      LocalDate statusSince,
      String statusReason,
      LocalDate fixBy) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The red list of green mines; by default listed and suspended entries (removed ones"
              + " with all=true)")
  @APIResponse(responseCode = "200", description = "the entries, newest year first")
  @APIResponse(responseCode = "400", description = "a year that is not a year")
  public List<Entry> list(
      @Parameter(description = "words in the mine or enterprise name, or a credit code")
          @QueryParam("q")
          String q,
      @Parameter(description = "province code such as 370000") @QueryParam("province")
          String province,
      @Parameter(description = "year listed") @QueryParam("year") String year,
      @Parameter(description = "include removed entries") @QueryParam("all") boolean all) {
    return redList.search(q, province, year(year), all).stream().map(RedListApi::entry).toList();
  }

  @GET
  @Path("csv")
  @Produces("text/csv")
  @Operation(summary = "The same list as CSV (UTF-8 with a byte-order mark, for spreadsheets)")
  @APIResponse(responseCode = "200", description = "CSV with a header row")
  public Response csv(
      @QueryParam("q") String q,
      @QueryParam("province") String province,
      @QueryParam("year") String year,
      @QueryParam("all") boolean all) {
    return Response.ok(RedListCsv.of(redList.search(q, province, year(year), all)))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"redlist.csv\"")
        .build();
  }

  /** A change of standing, as curators send it. */
  public static class StatusChange {
    public String status;
    public String reason;
    public LocalDate fixBy;
  }

  public record Event(String status, String reason, LocalDate effective) {}

  @POST
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Suspend (with the date to fix by), reinstate or remove an entry, with a reason"
              + " (curators)")
  @APIResponse(responseCode = "400", description = "a change the rules do not allow")
  public Entry change(@PathParam("id") long id, StatusChange change) {
    RedListStatus next;
    try {
      next = RedListStatus.valueOf(change.status == null ? "" : change.status.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("redlist.transition", "?", change.status);
    }
    return entry(redList.change(id, next, change.reason, change.fixBy));
  }

  @GET
  @Path("{id}/history")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "An entry's history: every change of standing with its reason and date")
  public List<Event> history(@PathParam("id") long id) {
    return redList.history(id).stream()
        .map(e -> new Event(e.getStatus().name(), e.getReason(), e.getEffective()))
        .toList();
  }

  static Entry entry(RedListEntry e) {
    return new Entry(
        e.getId(),
        e.getCertificateNo(),
        e.getMineName(),
        e.getEnterprise(),
        e.getCreditCode(),
        e.getProvinceCode(),
        e.getMineral(),
        e.getYear(),
        e.getStatus().name(),
        e.getStatusSince(),
        e.getStatusReason(),
        e.getFixBy());
  }

  static Integer year(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!text.strip().matches("\\d{4}")) {
      throw new InvalidInput("redlist.year");
    }
    return Integer.valueOf(text.strip());
  }
}
