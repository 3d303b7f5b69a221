package org.greenmine.content.control;

/**
 * Who may change what: an administrator any association's content, a curator only their own
 * association's. Plain rules, so they are tested without a container.
 */
public final class CuratorScope {
  private CuratorScope() {}

  public static boolean mayCurate(
      boolean administrator, boolean curator, String callerAssociation, String contentAssociation) {
    if (administrator) {
      return true;
    }
    return curator && callerAssociation != null && callerAssociation.equals(contentAssociation);
  }
}
