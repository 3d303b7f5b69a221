package org.greenmine.concerns.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenmine.concerns.control.Concerns;
import org.greenmine.concerns.entity.Concern;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.PortalFailure;

/** An enterprise's page for the concerns about its mines that the association asks it to answer. */
@Named
@ViewScoped
public class EnterpriseConcernsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Concerns concerns;

  private List<Concern> invitations = List.of();
  private final Map<String, String> responses = new HashMap<>();

  public void load() {
    invitations = concerns.invitations();
  }

  public void respond(String reference) {
    try {
      concerns.respond(reference, responses.get(reference));
      PageMessages.info("concern.responded", reference);
      load();
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
    }
  }

  public List<Concern> getInvitations() {
    return invitations;
  }

  public Map<String, String> getResponses() {
    return responses;
  }
}
