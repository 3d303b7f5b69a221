package org.greenmine.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenmine.identity.control.AccountDirectory;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.PortalFailure;

/** Every user changes their own password here. */
@Named
@RequestScoped
public class PasswordPage {
  @Inject AccountDirectory accounts;

  private String currentPassword;
  private String newPassword;
  private String repeatedPassword;

  public String change() {
    if (newPassword == null || !newPassword.equals(repeatedPassword)) {
      PageMessages.error("password.mismatch");
      return null;
    }
    try {
      accounts.changeOwnPassword(chars(currentPassword), chars(newPassword));
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return null;
    }
    PageMessages.info("password.changed");
    PageMessages.keepForRedirect();
    return "/account/password?faces-redirect=true";
  }

  private static char[] chars(String value) {
    return value == null ? new char[0] : value.toCharArray();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }
}
