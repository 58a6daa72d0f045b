package org.civicgrid.examples.jdbc;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ParameterDescriptor;

/**
 * The configuration keys of the JDBC plugins, declared once for the storage and the boundary-storage
 * factory of each: {@link #POSTGRESQL} for plugin {@code postgresql}, {@link #EMBEDDED} for plugin
 * {@code embedded}. {@code docs/spi-guide.md} lists them. Immutable.
 */
public final class JdbcParameters {
  /** JDBC URL of the PostgreSQL database. */
  public static final ParameterDescriptor<String> URL = ParameterDescriptor.builder("url", String.class)
      .required()
      .description("JDBC URL of the database, such as jdbc:postgresql://localhost:5432/civicgrid")
      .build();
  /** The role to log in as. */
  public static final ParameterDescriptor<String> USER = ParameterDescriptor.builder("user", String.class)
      .required()
      .description("the role the plugin logs in as")
      .build();
  /** The role's password; never shown in messages or logs. */
  public static final ParameterDescriptor<String> PASSWORD = ParameterDescriptor.builder("password", String.class)
      .secret()
      .description("the role's password; leave out for trust or certificate authentication")
      .build();
  /** The schema of the plugin's tables. */
  public static final ParameterDescriptor<String> SCHEMA = ParameterDescriptor.builder("schema", String.class)
      .defaultValue("civicgrid")
      .description("the schema of the plugin's tables, created if missing (needs CREATE on the database)")
      .check(s -> s.matches("[a-z_][a-z0-9_]{0,62}"), "1 to 63 lower-case letters, digits or '_', not starting with a digit")
      .build();
  /** How boundaries are stored. */
  public static final ParameterDescriptor<GeometryFormat> GEOMETRY =
      ParameterDescriptor.builder("geometry", GeometryFormat.class)
          .defaultValue(GeometryFormat.AUTO)
          .description("how boundaries are stored when the schema is created: auto (PostGIS if installed, "
              + "else WKB), postgis or wkb")
          .build();
  /** The embedded database's file. */
  public static final ParameterDescriptor<Path> PATH = ParameterDescriptor.builder("path", Path.class)
      .required()
      .description("the database file, without H2's .mv.db extension; its folder is created if missing")
      .build();
  /** The most connections the pool holds. */
  public static final ParameterDescriptor<Integer> POOL_MAX_SIZE =
      ParameterDescriptor.builder("pool.max-size", Integer.class)
          .defaultValue(10)
          .description("the most connections the pool opens; each storage opened has a pool of its own")
          .check(n -> n >= 1, "at least 1")
          .build();
  /** How long to wait for a connection. */
  public static final ParameterDescriptor<Duration> CONNECTION_TIMEOUT =
      ParameterDescriptor.builder("connection-timeout", Duration.class)
          .defaultValue(Duration.ofSeconds(30))
          .description("how long to wait for the server when connecting, and for a free connection of the pool")
          .check(d -> d.compareTo(Duration.ofMillis(250)) >= 0, "at least 250 ms (HikariCP's lower bound)")
          .build();

  /** The keys of plugin {@code postgresql}. */
  public static final ImmutableList<ParameterDescriptor<?>> POSTGRESQL =
      ImmutableList.of(URL, USER, PASSWORD, SCHEMA, GEOMETRY, POOL_MAX_SIZE, CONNECTION_TIMEOUT);
  /** The keys of plugin {@code embedded}. */
  public static final ImmutableList<ParameterDescriptor<?>> EMBEDDED =
      ImmutableList.of(PATH, POOL_MAX_SIZE, CONNECTION_TIMEOUT);

  /**
   * H2 in PostgreSQL mode; a writer waits up to 10 s for a row another holds; a commit is written
   * to the file before it returns; the file stays open until the last storage on it closes it.
   */
  private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
      + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;DB_CLOSE_DELAY=-1";

  private JdbcParameters() {}

  static ConnectionSettings postgresql(Config config) {
    return new ConnectionSettings(Dialect.POSTGRESQL, config.get(URL), Optional.of(config.get(USER)),
        config.find(PASSWORD), Optional.of(config.get(SCHEMA)), config.get(GEOMETRY), config.get(POOL_MAX_SIZE),
        config.get(CONNECTION_TIMEOUT));
  }

  static ConnectionSettings embedded(Config config) {
    Path path = config.get(PATH).toAbsolutePath().normalize();
    if (path.toString().contains(";")) {
      throw new CivicGridException(ErrorCode.PLUGIN_CONFIG_INVALID,
          "configuration of plugin embedded has 1 problem: path " + path + " must not contain ';'");
    }
    try {
      Files.createDirectories(path.getParent());
    } catch (IOException e) {
      throw new CivicGridException(ErrorCode.STORAGE_FAILED,
          "embedded storage cannot create the folder of " + path + ": " + e, e);
    }
    return new ConnectionSettings(Dialect.H2, "jdbc:h2:file:" + path + H2_SETTINGS, Optional.of("civicgrid"),
        Optional.empty(), Optional.empty(), GeometryFormat.WKB, config.get(POOL_MAX_SIZE),
        config.get(CONNECTION_TIMEOUT));
  }

  /** Whether the JDBC driver of {@code dialect} is on the class path. */
  static boolean hasDriver(Dialect dialect) {
    try {
      Class.forName(dialect.driverClass(), false, JdbcParameters.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
