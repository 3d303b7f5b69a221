package org.greenmine.identity.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.greenmine.association.control.AssociationRegistry;
import org.greenmine.association.entity.Association;
import org.greenmine.identity.control.AccountDirectory;
import org.greenmine.identity.entity.Account;
import org.greenmine.identity.entity.Role;
import org.greenmine.platform.boundary.PageMessages;
import org.greenmine.platform.control.PortalFailure;

/** Administrators list accounts, create them, and set their roles and association. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountDirectory accounts;
  @Inject AssociationRegistry associations;

  private List<Account> all;
  private List<Association> associationChoices;

  private String username;
  private String displayName;
  private String email;
  private String initialPassword;
  private Role[] roles = {Role.MEMBER};
  private String associationCode;

  private String editedUsername;
  private Role[] editedRoles = {};
  private String editedAssociationCode;
  private boolean editedEnabled;

  public void load() {
    all = accounts.all();
    associationChoices = associations.all();
  }

  public String create() {
    try {
      accounts.create(
          new AccountDirectory.NewAccount(
              username,
              displayName,
              email,
              initialPassword == null ? new char[0] : initialPassword.toCharArray(),
              roleSet(roles),
              associationCode));
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return null;
    }
    PageMessages.info("account.created", username);
    PageMessages.keepForRedirect();
    return "/admin/accounts?faces-redirect=true";
  }

  public void edit(Account account) {
    editedUsername = account.getUsername();
    editedRoles = account.getRoles().toArray(Role[]::new);
    editedAssociationCode =
        account.getAssociation() == null ? null : account.getAssociation().getCode();
    editedEnabled = account.isEnabled();
  }

  public String saveAccess() {
    try {
      accounts.updateAccess(
          editedUsername, roleSet(editedRoles), editedAssociationCode, editedEnabled);
    } catch (PortalFailure failure) {
      PageMessages.error(failure);
      return null;
    }
    PageMessages.info("account.updated", editedUsername);
    PageMessages.keepForRedirect();
    return "/admin/accounts?faces-redirect=true";
  }

  private static EnumSet<Role> roleSet(Role[] chosen) {
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    if (chosen != null) {
      set.addAll(Arrays.asList(chosen));
    }
    return set;
  }

  public Role[] getRoleChoices() {
    return Role.values();
  }

  public List<Association> getAssociationChoices() {
    return associationChoices;
  }

  public List<Account> getAll() {
    return all;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getInitialPassword() {
    return initialPassword;
  }

  public void setInitialPassword(String initialPassword) {
    this.initialPassword = initialPassword;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }

  public String getAssociationCode() {
    return associationCode;
  }

  public void setAssociationCode(String associationCode) {
    this.associationCode = associationCode;
  }

  public String getEditedUsername() {
    return editedUsername;
  }

  public Role[] getEditedRoles() {
    return editedRoles;
  }

  public void setEditedRoles(Role[] editedRoles) {
    this.editedRoles = editedRoles;
  }

  public String getEditedAssociationCode() {
    return editedAssociationCode;
  }

  public void setEditedAssociationCode(String editedAssociationCode) {
    this.editedAssociationCode = editedAssociationCode;
  }

  public boolean isEditedEnabled() {
    return editedEnabled;
  }

  public void setEditedEnabled(boolean editedEnabled) {
    this.editedEnabled = editedEnabled;
  }
}
