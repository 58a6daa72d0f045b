package org.civicgrid.examples.jdbc;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.store.Storage;
import org.civicgrid.geo.store.BoundaryStorage;
import org.civicgrid.routing.store.CaseStorage;

/**
 * The PostgreSQL server the online tests run against: system properties {@code
 * civicgrid.test.postgresql.url}, {@code .user} and {@code .password}, else environment variables
 * {@code CIVICGRID_TEST_POSTGRESQL_URL}, {@code _USER} and {@code _PASSWORD}, else the server
 * {@code .ci/run} sets up: database {@code civicgrid_test} on localhost:5432, role and password
 * {@code civicgrid}. The tests never skip: without a server they fail, saying how to get one. Public
 * for the benchmarks in {@code org.civicgrid.examples.bench}.
 */
public final class PostgresTestServer {
  static final String URL = setting("url", "jdbc:postgresql://localhost:5432/civicgrid_test");
  static final String USER = setting("user", "civicgrid");
  static final String PASSWORD = setting("password", "civicgrid");

  /** Whether the server answers, tried once per JVM, so a missing server fails each test at once. */
  private static final Supplier<Optional<String>> PROBLEM = Suppliers.memoize(PostgresTestServer::probe);

  private PostgresTestServer() {}

  private static String setting(String key, String fallback) {
    String property = System.getProperty("civicgrid.test.postgresql." + key);
    if (property != null) {
      return property;
    }
    String variable = System.getenv("CIVICGRID_TEST_POSTGRESQL_" + key.toUpperCase(Locale.ROOT));
    return variable != null ? variable : fallback;
  }

  private static Optional<String> probe() {
    DriverManager.setLoginTimeout(5);
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Fails the calling test, saying how to get a server, when there is none. */
  public static void require() {
    PROBLEM.get().ifPresent(problem -> {
      throw new AssertionError("The PostgreSQL plugin's tests need a PostgreSQL server, and there is none at "
          + URL + " for role " + USER + ": " + problem.replaceAll("\\.+$", "") + ".\n"
          + "  - On Debian, as root, .ci/run installs PostgreSQL 15 and PostGIS, starts the server, creates the "
          + "role and the database, and runs mvn verify.\n"
          + "  - On your own server: CREATE ROLE civicgrid LOGIN PASSWORD 'civicgrid'; CREATE DATABASE "
          + "civicgrid_test OWNER civicgrid; and in that database, as a superuser, CREATE EXTENSION postgis;\n"
          + "  - Or point the tests at another server: -Dcivicgrid.test.postgresql.url=jdbc:postgresql://host:port/db "
          + "-Dcivicgrid.test.postgresql.user=… -Dcivicgrid.test.postgresql.password=… "
          + "(or CIVICGRID_TEST_POSTGRESQL_URL, _USER, _PASSWORD).\n"
          + "  - To build without them: mvn verify -Dtest='!Postgres*' -Dsurefire.failIfNoSpecifiedTests=false");
    });
  }

  /** The raw configuration of plugin {@code postgresql} for this server, with {@code more} keys. */
  public static Map<String, String> config(String schema, Map<String, String> more) {
    Map<String, String> raw = new HashMap<>(Map.of("url", URL, "user", USER, "password", PASSWORD,
        "schema", schema, "pool.max-size", "4"));
    raw.putAll(more);
    return ImmutableMap.copyOf(raw);
  }

  /** A new storage on {@code schema} of this server; fails the test when there is no server. */
  static Storage storage(String schema) {
    require();
    var factory = new PostgresStorageFactory();
    return factory.create(Config.validate(factory.id(), factory.parameters(), config(schema, Map.of())));
  }

  /** A new boundary storage on {@code schema} with {@code geometry=<format>}. */
  static BoundaryStorage boundaryStorage(String schema, GeometryFormat format) {
    require();
    var factory = new PostgresBoundaryStorageFactory();
    return factory.create(Config.validate(factory.id(), factory.parameters(),
        config(schema, Map.of("geometry", format.name().toLowerCase(Locale.ROOT)))));
  }

  /** A new case storage on {@code schema} of this server; fails the test when there is no server. */
  static CaseStorage caseStorage(String schema) {
    return caseStorage(schema, Map.of());
  }

  /** A new case storage on {@code schema} with {@code more} keys, such as a bigger pool. */
  static CaseStorage caseStorage(String schema, Map<String, String> more) {
    require();
    var factory = new PostgresCaseStorageFactory();
    return factory.create(Config.validate(factory.id(), factory.parameters(), config(schema, more)));
  }

  /** A plain connection as the test role, for checking what the plugin wrote. */
  public static Connection connect() throws SQLException {
    require();
    return DriverManager.getConnection(URL, USER, PASSWORD);
  }
}
