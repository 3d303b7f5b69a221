package org.greenmine.platform.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The portal's database, chosen by configuration: {@code greenmine.db.url}, {@code
 * greenmine.db.user} and {@code greenmine.db.password}, each a system property or an environment
 * variable ({@code GREENMINE_DB_URL}, …), the two sources MicroProfile Config would consult. The
 * vendor's own data source is picked from the URL, so H2 and PostgreSQL need no code or annotation
 * of their own. Payara pools the connections this hands out.
 *
 * <p>It reads the settings itself because the container creates data sources before the
 * application's MicroProfile Config is available, and a {@code @DataSourceDefinition} cannot choose
 * its driver class by configuration.
 */
public class PortalDataSource implements DataSource {
  static final String URL = "greenmine.db.url";
  static final String USER = "greenmine.db.user";
  static final String PASSWORD = "greenmine.db.password";

  private final UnaryOperator<String> settings;
  private DataSource vendor;
  private int loginTimeout;

  public PortalDataSource() {
    this(PortalDataSource::systemOrEnvironment);
  }

  PortalDataSource(UnaryOperator<String> settings) {
    this.settings = settings;
  }

  /** The kinds of database the portal runs on. */
  public enum Kind {
    H2,
    POSTGRESQL;

    static Kind of(String url) {
      if (url.startsWith("jdbc:h2:")) {
        return H2;
      }
      if (url.startsWith("jdbc:postgresql:")) {
        return POSTGRESQL;
      }
      throw new IllegalStateException(
          URL
              + " must be a jdbc:h2: or jdbc:postgresql: URL, not "
              + url.substring(0, Math.min(url.length(), 16)));
    }
  }

  private synchronized DataSource vendor() {
    if (vendor == null) {
      vendor = create();
    }
    return vendor;
  }

  DataSource create() {
    String url = settings.apply(URL);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "No database configured: set " + URL + " (or GREENMINE_DB_URL) to a JDBC URL");
    }
    Kind kind = Kind.of(url);
    String user = orDefault(settings.apply(USER), kind == Kind.H2 ? "sa" : null);
    String password = orDefault(settings.apply(PASSWORD), kind == Kind.H2 ? "" : null);
    return switch (kind) {
      case H2 -> {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser(user);
        h2.setPassword(password);
        yield h2;
      }
      case POSTGRESQL -> {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url);
        if (user != null) {
          postgres.setUser(user);
        }
        if (password != null) {
          postgres.setPassword(password);
        }
        yield postgres;
      }
    };
  }

  /** Which database the configuration names, for log lines and operations pages. */
  public Kind kind() {
    return Kind.of(String.valueOf(settings.apply(URL)));
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }

  static String systemOrEnvironment(String key) {
    String value = System.getProperty(key);
    if (value != null) {
      return value;
    }
    return System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
  }

  @Override
  public Connection getConnection() throws SQLException {
    return vendor().getConnection();
  }

  /** The pool may pass the credentials it was given; the configured ones are the only ones used. */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return vendor().getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return vendor().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || vendor().isWrapperFor(type);
  }
}
