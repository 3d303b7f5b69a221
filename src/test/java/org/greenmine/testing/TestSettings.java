package org.greenmine.testing;

/** Values the test harness gives the deployed portal and the tests share. */
public final class TestSettings {
  /** The first administrator's password in test deployments (never used outside tests). */
  public static final String ADMIN_PASSWORD = "It-Admin-Password-2026";

  private TestSettings() {}
}
