package org.greenmine.concerns.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.greenmine.concerns.control.Concerns;
import org.greenmine.concerns.entity.Concern;
import org.greenmine.concerns.entity.ConcernEvidence;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.PortalClock;
import org.greenmine.platform.control.PortalFailure;

/**
 * The curators' desk: their association's concerns with the response deadlines, overdue ones
 * flagged, and the next steps for each (acknowledge, investigate, answer, close, reject, invite the
 * enterprise). The private evidence is listed for them only.
 */
@Named
@ViewScoped
public class ConcernDeskPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Concerns concerns;
  @Inject transient PortalClock time;

  private List<Row> rows = List.of();
  private long overdueCount;

  /** A concern on the desk with what the curator is writing about it. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String reference;
    private final String mine;
    private final String category;
    private final String state;
    private final LocalDate receivedOn;
    private final LocalDate acknowledgeBy;
    private final LocalDate answerBy;
    private final boolean overdue;
    private final boolean invited;
    private final String whatHappened;
    private final String place;
    private final LocalDate happenedOn;
    private final String contact;
    private final String publicAnswer;
    private final String enterpriseResponse;
    private final List<Evidence> evidence;
    private String note;
    private boolean upheld;
    private LocalDate suspendUntil;

    Row(Concern c, LocalDate today, List<Evidence> evidence) {
      reference = c.getReference();
      mine = c.getMineName();
      category = c.getCategory().name();
      state = c.getState().name();
      receivedOn = c.getReceivedOn();
      acknowledgeBy = c.getAcknowledgeBy();
      answerBy = c.getAnswerBy();
      overdue = c.overdueOn(today);
      invited = c.isEnterpriseInvited();
      whatHappened = c.getWhatHappened();
      place = c.getPlace();
      happenedOn = c.getHappenedOn();
      contact = c.getContact();
      publicAnswer = c.getPublicAnswer();
      enterpriseResponse = c.getEnterpriseResponse();
      this.evidence = evidence;
    }

    public String getReference() {
      return reference;
    }

    public String getMine() {
      return mine;
    }

    public String getCategory() {
      return category;
    }

    public String getState() {
      return state;
    }

    public LocalDate getReceivedOn() {
      return receivedOn;
    }

    public LocalDate getAcknowledgeBy() {
      return acknowledgeBy;
    }

    public LocalDate getAnswerBy() {
      return answerBy;
    }

    public boolean isOverdue() {
      return overdue;
    }

    public boolean isInvited() {
      return invited;
    }

    public String getWhatHappened() {
      return whatHappened;
    }

    public String getPlace() {
      return place;
    }

    public LocalDate getHappenedOn() {
      return happenedOn;
    }

    public String getContact() {
      return contact;
    }

    public String getPublicAnswer() {
      return publicAnswer;
    }

    public String getEnterpriseResponse() {
      return enterpriseResponse;
    }

    public List<Evidence> getEvidence() {
      return evidence;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }

    public boolean isUpheld() {
      return upheld;
    }

    public void setUpheld(boolean upheld) {
      this.upheld = upheld;
    }

    public LocalDate getSuspendUntil() {
      return suspendUntil;
    }

    public void setSuspendUntil(LocalDate suspendUntil) {
      this.suspendUntil = suspendUntil;
    }
  }

  /** An evidence file as the desk links it. */
  public record Evidence(long id, String fileName, long sizeBytes) implements Serializable {}

  public void load() {
    LocalDate today = time.today();
    rows =
        concerns.desk().stream()
            .map(
                c ->
                    new Row(
                        c,
                        today,
                        concerns.evidence(c.getReference()).stream()
                            .map(ConcernDeskPage::evidence)
                            .toList()))
            .toList();
    overdueCount = rows.stream().filter(Row::isOverdue).count();
  }

  private static Evidence evidence(ConcernEvidence e) {
    return new Evidence(e.getId(), e.getFileName(), e.getSizeBytes());
  }

  public void acknowledge(Row row) {
    act(row, r -> concerns.acknowledge(r.reference, r.note), "concern.done.ACKNOWLEDGED");
  }

  public void investigate(Row row) {
    act(row, r -> concerns.investigate(r.reference, r.note), "concern.done.INVESTIGATING");
  }

  public void answer(Row row) {
    act(
        row,
        r -> concerns.answer(r.reference, r.note, r.upheld, r.suspendUntil),
        "concern.done.ANSWERED");
  }

  public void close(Row row) {
    act(row, r -> concerns.close(r.reference, r.note), "concern.done.CLOSED");
  }

  public void reject(Row row) {
    act(row, r -> concerns.reject(r.reference, r.note), "concern.done.REJECTED");
  }

  public void invite(Row row) {
    act(row, r -> concerns.invite(r.reference), "concern.done.invited");
  }

  private void act(Row row, Function<Row, Concern> step, String doneKey) {
    try {
      step.apply(row);
      PageMessages.info(doneKey, row.reference);
      load();
    } catch (PortalFailure failure) {
      // the row keeps what the curator wrote
      PageMessages.error(failure);
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  public long getOverdueCount() {
    return overdueCount;
  }
}
