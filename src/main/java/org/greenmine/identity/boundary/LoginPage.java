package org.greenmine.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.greenmine.identity.control.LoginGate;
import org.greenmine.platform.boundary.PageMessages;

/**
 * The login form: every attempt is counted before the password is checked, one generic message for
 * any wrong credentials, a new session id on success.
 */
@Named
@RequestScoped
public class LoginPage {
  @Inject LoginGate gate;

  private String username;
  private String password;

  public void login() throws IOException, ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    String address = request.getRemoteAddr();

    Duration wait = gate.begin(username, address);
    if (!wait.isZero()) {
      PageMessages.error("login.throttled", Math.max(1, wait.toSeconds()));
      return;
    }
    request.setAttribute(
        PortalAuthentication.LOGIN_ATTEMPT,
        new UsernamePasswordCredential(
            username == null ? "" : username, new Password(password == null ? "" : password)));
    password = null;
    // the module takes the credential out of the request as it reads it
    if (!request.authenticate(response)) {
      PageMessages.error("login.failed");
      return;
    }
    gate.succeeded(username, address);
    request.changeSessionId();
    if (!external.isResponseCommitted()) {
      external.redirect(PortalAuthentication.afterLogin(request));
    }
    faces.responseComplete();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
