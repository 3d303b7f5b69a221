package org.greenmine.concerns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.greenmine.association.entity.Association;
import org.greenmine.concerns.control.ResponseTargets;
import org.greenmine.platform.control.InvalidInput;

/**
 * A concern raised by a member of the public about a mine on the red list or in a selection: what
 * happened, where and when, in one of four risk categories, with its response deadlines. The
 * reporter's words and contact are for the association; the public sees only the answer.
 */
@Entity
@Table(name = "concern")
public class Concern implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_TEXT = 4000;

  @Id
  @SequenceGenerator(name = "concern_seq", sequenceName = "concern_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concern_seq")
  private Long id;

  @Column(nullable = false)
  private String reference;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @ManyToOne(optional = false)
  @JoinColumn(name = "association_id")
  private Association association;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Column(name = "red_list_entry_id")
  private Long redListEntryId;

  @Column(name = "mine_name", nullable = false)
  private String mineName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConcernCategory category;

  @Column(name = "what_happened", nullable = false)
  private String whatHappened;

  @Column(nullable = false)
  private String place;

  @Column(name = "happened_on", nullable = false)
  private LocalDate happenedOn;

  private String contact;

  @Column(name = "source_hash", nullable = false)
  private String sourceHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConcernState state = ConcernState.RECEIVED;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "acknowledge_by", nullable = false)
  private LocalDate acknowledgeBy;

  @Column(name = "answer_by", nullable = false)
  private LocalDate answerBy;

  @Column(name = "raised_at", nullable = false)
  private long raisedAt;

  @Column(name = "public_answer")
  private String publicAnswer;

  @Column(nullable = false)
  private boolean upheld;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "enterprise_invited", nullable = false)
  private boolean enterpriseInvited;

  @Column(name = "enterprise_response")
  private String enterpriseResponse;

  @Version private long version;

  protected Concern() {}

  public Concern(
      Association association,
      long applicationId,
      Long redListEntryId,
      String mineName,
      ConcernCategory category,
      String whatHappened,
      String place,
      LocalDate happenedOn,
      String contact,
      String tokenHash,
      String sourceHash,
      LocalDate receivedOn,
      long raisedAt) {
    this.association = association;
    this.applicationId = applicationId;
    this.redListEntryId = redListEntryId;
    this.mineName = mineName;
    this.category = category;
    this.whatHappened = whatHappened;
    this.place = place;
    this.happenedOn = happenedOn;
    this.contact = contact;
    this.tokenHash = tokenHash;
    this.sourceHash = sourceHash;
    this.receivedOn = receivedOn;
    this.raisedAt = raisedAt;
    ResponseTargets.Deadlines deadlines = ResponseTargets.of(category, receivedOn);
    this.acknowledgeBy = deadlines.acknowledgeBy();
    this.answerBy = deadlines.answerBy();
    // unique until the id is known (the column is unique; two concerns may be raised at once)
    this.reference = "new-" + java.util.UUID.randomUUID().toString().substring(0, 16);
  }

  /** Set once the id is known. */
  public void assignReference(String reference) {
    this.reference = reference;
  }

  public void moveTo(ConcernState target) {
    if (!state.canMoveTo(target)) {
      throw new InvalidInput("concern.transition", state, target);
    }
    state = target;
  }

  public void answer(String text, boolean upheld) {
    moveTo(ConcernState.ANSWERED);
    this.publicAnswer = text;
    this.upheld = upheld;
  }

  public void reject(String reason) {
    moveTo(ConcernState.REJECTED);
    this.rejectionReason = reason;
  }

  public void inviteEnterprise() {
    this.enterpriseInvited = true;
  }

  public void enterpriseResponds(String response) {
    this.enterpriseResponse = response;
  }

  public boolean overdueOn(LocalDate today) {
    return ResponseTargets.overdue(
        state, new ResponseTargets.Deadlines(acknowledgeBy, answerBy), today);
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public Association getAssociation() {
    return association;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public Long getRedListEntryId() {
    return redListEntryId;
  }

  public String getMineName() {
    return mineName;
  }

  public ConcernCategory getCategory() {
    return category;
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

  public ConcernState getState() {
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

  public long getRaisedAt() {
    return raisedAt;
  }

  public String getPublicAnswer() {
    return publicAnswer;
  }

  public boolean isUpheld() {
    return upheld;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public boolean isEnterpriseInvited() {
    return enterpriseInvited;
  }

  public String getEnterpriseResponse() {
    return enterpriseResponse;
  }

  public long getVersion() {
    return version;
  }
}
