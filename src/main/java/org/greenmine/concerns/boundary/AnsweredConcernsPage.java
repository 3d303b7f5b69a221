package org.greenmine.concerns.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.greenmine.concerns.control.Concerns;
import org.greenmine.concerns.entity.Concern;

/** The public list of answered concerns: the mine, the category, the answer; never the reporter. */
@Named
@RequestScoped
public class AnsweredConcernsPage {
  @Inject Concerns concerns;
  private List<Concern> answered;

  @PostConstruct
  void load() {
    answered = concerns.publicAnswers(200);
  }

  public List<Concern> getAnswered() {
    return answered;
  }
}
