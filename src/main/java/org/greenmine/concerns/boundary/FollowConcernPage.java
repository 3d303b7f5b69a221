package org.greenmine.concerns.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.greenmine.concerns.control.Concerns;
import org.greenmine.concerns.entity.Concern;

/** The reporter's page behind the private link: their concern, its steps, deadlines and answer. */
@Named
@RequestScoped
public class FollowConcernPage {
  @Inject Concerns concerns;

  private String ref;
  private String token;
  private Concern concern;
  private List<Step> steps = List.of();

  public record Step(String state, Instant at) {}

  public void load() {
    concern = concerns.follow(ref, token).orElse(null);
    if (concern != null) {
      steps =
          concerns.timeline(concern).stream()
              .map(e -> new Step(e.getState().name(), Instant.ofEpochMilli(e.getOccurredAt())))
              .toList();
    }
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public Concern getConcern() {
    return concern;
  }

  public List<Step> getSteps() {
    return steps;
  }
}
