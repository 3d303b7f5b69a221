package org.greenmine.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.greenmine.identity.entity.Role;

/** Who is asking, for pages: the name and the roles that decide what the header offers. */
@Named
@RequestScoped
public class CurrentUser {
  @Inject SecurityContext security;

  private String name;
  private boolean admin;
  private boolean curator;
  private boolean expert;

  @PostConstruct
  void load() {
    Principal caller = security.getCallerPrincipal();
    name = caller == null ? null : caller.getName();
    admin = name != null && security.isCallerInRole(Role.ADMIN.name());
    curator = admin || name != null && security.isCallerInRole(Role.CURATOR.name());
    expert = name != null && security.isCallerInRole(Role.EXPERT.name());
  }

  public boolean isLoggedIn() {
    return name != null;
  }

  public String getName() {
    return name;
  }

  public boolean isAdmin() {
    return admin;
  }

  /** May curate content: curators and administrators. */
  public boolean isCurator() {
    return curator;
  }

  /** Is on the expert registry's side: scores and votes in the rounds assigned. */
  public boolean isExpert() {
    return expert;
  }
}
