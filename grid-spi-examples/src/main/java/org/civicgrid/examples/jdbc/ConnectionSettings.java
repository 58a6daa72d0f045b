package org.civicgrid.examples.jdbc;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * How to reach one database and how to use it, as a factory read it from its configuration.
 * Immutable; {@link #toString()} never shows the password.
 *
 * @param schema the PostgreSQL schema the plugin's tables live in; empty for H2
 * @param connectionTimeout how long to wait for a connection, from the server or from the pool
 */
record ConnectionSettings(Dialect dialect, String url, Optional<String> user, Optional<String> password,
    Optional<String> schema, GeometryFormat geometry, int poolSize, Duration connectionTimeout) {

  /** The parameters' own checks (JdbcParameters) have bounded the values already. */
  ConnectionSettings {
    checkNotNull(dialect, "dialect");
    checkNotNull(url, "url");
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
