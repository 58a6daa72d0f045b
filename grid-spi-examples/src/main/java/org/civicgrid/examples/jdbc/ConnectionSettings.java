package org.civicgrid.examples.jdbc;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * How to reach one database and how to use it, as a factory read it from its configuration.
 * Immutable; {@link #toString()} never shows the password.
 *
 * @param schema the PostgreSQL schema the plugin's tables live in; empty for H2
 * @param connectionTimeout how long to wait for a connection, from the server or from the pool
 */
record ConnectionSettings(Dialect dialect, String url, Optional<String> user, Optional<String> password,
    Optional<String> schema, GeometryFormat geometry, int poolSize, Duration connectionTimeout) {

  /** HikariCP's lower bound for waiting on a connection. */
  private static final Duration MIN_TIMEOUT = Duration.ofMillis(250);

  /**
   * Checks the values a descriptor's type cannot check; every problem is reported at once.
   *
   * @throws CivicGridException with {@link ErrorCode#PLUGIN_CONFIG_INVALID} listing each problem
   */
  ConnectionSettings {
    checkNotNull(dialect, "dialect");
    checkNotNull(url, "url");
    List<String> problems = new ArrayList<>();
    if (poolSize < 1) {
      problems.add("pool.max-size " + poolSize + " must be at least 1");
    }
    if (connectionTimeout.compareTo(MIN_TIMEOUT) < 0) {
      problems.add("connection-timeout " + connectionTimeout + " must be at least " + MIN_TIMEOUT);
    }
    schema.filter(s -> !s.matches("[a-z_][a-z0-9_]{0,62}")).ifPresent(s -> problems.add(
        "schema " + s + " must be 1 to 63 lower-case letters, digits or '_', not starting with a digit"));
    if (!problems.isEmpty()) {
      throw new CivicGridException(ErrorCode.PLUGIN_CONFIG_INVALID, "configuration of plugin " + dialect.pluginId()
          + " has " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
          + String.join("; ", problems));
    }
  }

  /** Says which database this is in messages: the plugin, the URL without its parameters, the schema. */
  String describe() {
    int end = url.length();
    for (char separator : new char[] {'?', ';'}) {
      int at = url.indexOf(separator);
      end = at < 0 ? end : Math.min(end, at);
    }
    return dialect.pluginId() + " storage at " + url.substring(0, end)
        + schema.map(s -> " (schema " + s + ")").orElse("");
  }

  /**
   * The driver's connection properties: PostgreSQL's time limits for connecting, in seconds, and
   * its search path ({@code currentSchema}) when given; nothing for H2, which refuses properties it
   * does not know. The user and password are passed separately.
   */
  Properties driverProperties(Optional<String> searchPath) {
    Properties properties = new Properties();
    if (dialect == Dialect.POSTGRESQL) {
      String seconds = Long.toString(Math.max(1, connectionTimeout.toSeconds()));
      properties.setProperty("connectTimeout", seconds);
      properties.setProperty("loginTimeout", seconds);
      searchPath.ifPresent(path -> properties.setProperty("currentSchema", path));
    }
    return properties;
  }

  @Override
  public String toString() {
    return describe() + user.map(u -> " as " + u).orElse("") + (password.isPresent() ? " with password ****" : "");
  }
}
