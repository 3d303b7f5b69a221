package org.greenmine.platform.control;

/**
 * The application's datasource: its JNDI name. The definition itself is on {@link StartupSequence},
 * a component class, where the container always processes it before it checks the references to it
 * (on a plain class, one deployment in the suite failed that check).
 */
public final class DatabaseSetup {
  public static final String JNDI_NAME = "java:app/jdbc/greenmine";

  private DatabaseSetup() {}
}
