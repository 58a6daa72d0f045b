package org.civicgrid.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.store.CompoundStaff;
import org.civicgrid.core.store.StaffChange;
import org.civicgrid.core.store.Storage;
import org.civicgrid.core.store.TerritoryId;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.store.BoundaryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

/**
 * What plugin {@code postgresql} does to a database: migrations recorded once with their checksums,
 * PostGIS geometry that SQL can query, binary ordering of keys (territories, members, places). Each
 * test works in a schema of its own and drops it afterwards.
 */
class PostgresSchemaTest {
  private final String schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @AfterEach
  void dropTheSchema() throws SQLException {
    try (Connection connection = PostgresTestServer.connect(); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private List<String> query(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = PostgresTestServer.connect(); Statement statement = connection.createStatement()) {
      statement.execute("SET search_path TO " + schema + ", public");
      try (ResultSet result = statement.executeQuery(sql)) {
        while (result.next()) {
          List<String> columns = new ArrayList<>();
          for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
            columns.add(result.getString(i));
          }
          rows.add(String.join("|", columns));
        }
      }
    }
    return rows;
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = PostgresTestServer.connect(); Statement statement = connection.createStatement()) {
      statement.execute("SET search_path TO " + schema);
      statement.execute(sql);
    }
  }

  @Test
  void aNewSchemaIsMigratedOnceAndEachScriptRecordedWithItsChecksum() throws SQLException {
    PostgresTestServer.storage(schema).close();
    PostgresTestServer.storage(schema).close();

    List<String> expected = Migrations.in(Migrations.LOCATION).scripts().stream()
        .map(s -> s.version() + "|" + s.description() + "|" + s.checksum()).toList();
    assertThat(expected).hasSize(5);
    assertThat(query("SELECT version, description, checksum FROM schema_version ORDER BY version"))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void instancesStartingTogetherMigrateOnce() throws Exception {
    int instances = 4;
    CyclicBarrier start = new CyclicBarrier(instances);
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    try {
      List<Callable<Boolean>> starts = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        starts.add(() -> {
          start.await();
          try (Storage storage = PostgresTestServer.storage(schema)) {
            return storage.grids().load(TerritoryId.of("nowhere")).isEmpty();
          }
        });
      }
      for (Future<Boolean> started : pool.invokeAll(starts, 2, TimeUnit.MINUTES)) {
        assertThat(started.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(query("SELECT version FROM schema_version ORDER BY version")).containsExactly("1", "2", "3", "4", "5");
  }

  @Test
  void aMigrationChangedAfterItWasAppliedStopsTheStart() throws SQLException {
    PostgresTestServer.storage(schema).close();
    execute("UPDATE schema_version SET checksum = 1 WHERE version = 2");
    assertThatThrownBy(() -> PostgresTestServer.storage(schema))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILED))
        .hasMessageContainingAll("migration V2", "changed after it was applied", schema);
  }

  @Test
  void aSchemaNewerThanThePluginStopsTheStart() throws SQLException {
    PostgresTestServer.storage(schema).close();
    execute("INSERT INTO schema_version (version, description, checksum) VALUES (99, 'from the future', 0)");
    assertThatThrownBy(() -> PostgresTestServer.storage(schema))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILED))
        .hasMessageContainingAll("version 99", "newer than this plugin");
  }

  @Test
  void boundariesArePostgisGeometryThatSqlCanQuery() throws Exception {
    BoundaryLayer layer = BoundaryLayer.of(CoordinateSystem.WGS84, List.of(
        Boundary.of(GridCode.of("210902001001001"), new WKTReader().read(
            "POLYGON ((121.65 42.01, 121.66 42.01, 121.66 42.03, 121.65 42.03, 121.65 42.01))")),
        Boundary.of(GridCode.of("210902001001002"), new WKTReader().read(
            "POLYGON ((121.66 42.01, 121.67 42.01, 121.67 42.03, 121.66 42.03, 121.66 42.01))"))));
    try (BoundaryStorage storage = PostgresTestServer.boundaryStorage(schema, GeometryFormat.AUTO)) {
      storage.boundaries().save(TerritoryId.of("haizhou"), layer, 0);
    }
    assertThat(query("SELECT udt_name FROM information_schema.columns WHERE table_schema = '" + schema
        + "' AND table_name = 'boundary' AND column_name = 'area'")).containsExactly("geometry");
    assertThat(query("SELECT grid_code, ST_SRID(area), GeometryType(area) FROM boundary "
        + "WHERE ST_Contains(area, ST_SetSRID(ST_MakePoint(121.655, 42.02), 4326))"))
        .containsExactly("210902001001001|4326|POLYGON");
    assertThat(query("SELECT indexdef FROM pg_indexes WHERE schemaname = '" + schema
        + "' AND indexname = 'boundary_area'"))
        .singleElement().asString().contains("gist");
  }

  @Test
  void aSchemaKeepsTheGeometryFormatItWasCreatedWith() throws SQLException {
    PostgresTestServer.boundaryStorage(schema, GeometryFormat.WKB).close();
    assertThatThrownBy(() -> PostgresTestServer.boundaryStorage(schema, GeometryFormat.POSTGIS))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILED))
        .hasMessageContainingAll("WKB", "geometry=postgis", schema);
    try (BoundaryStorage storage = PostgresTestServer.boundaryStorage(schema, GeometryFormat.AUTO)) {
      assertThat(storage.boundaries().save(TerritoryId.of("xihe"), BoundaryLayer.empty(CoordinateSystem.GCJ02), 0))
          .isEqualTo(1);
    }
    assertThat(query("SELECT data_type FROM information_schema.columns WHERE table_schema = '" + schema
        + "' AND table_name = 'boundary' AND column_name = 'area'")).containsExactly("bytea");
  }

  @Test
  void territoriesPageInJavasOrderWhateverTheServersLocale() {
    List<String> ids = List.of("a-b", "a_b", "a.b", "A-b", "ab", "a0", "Z", "z");
    try (Storage storage = PostgresTestServer.storage(schema)) {
      for (String id : ids) {
        storage.grids().save(TerritoryId.of(id), Histories.start(), 0);
      }
      assertThat(storage.grids().territories(Optional.empty(), 100)).extracting(TerritoryId::value)
          .containsExactlyElementsOf(ids.stream().sorted().toList());
      assertThat(storage.grids().territories(Optional.of(TerritoryId.of("a-b")), 2)).extracting(TerritoryId::value)
          .containsExactly("a.b", "a0");
    }
  }

  @Test
  void staffPagesInJavasOrderWhateverTheServersLocale() {
    List<String> ids = List.of("a-b", "a_b", "a.b", "A-b", "ab", "a0", "Z", "z");
    List<StaffChange> changes = new ArrayList<>(List.of(new StaffChange.PutRoles(CompoundStaff.roles())));
    for (String id : ids) {
      changes.add(new StaffChange.PutMember(StaffMember.builder(id, "志愿者 " + id, Employment.VOLUNTEER).build()));
      changes.add(new StaffChange.Assign(Assignment.of(PersonId.of("fx-001"), CompoundStaff.GRID_1,
          Roles.VOLUNTEER.id(), Period.from(CompoundStaff.JAN_1)).atPlace(id)));
    }
    TerritoryId territory = TerritoryId.of("haizhou");
    try (Storage storage = PostgresTestServer.storage(schema)) {
      storage.staff().write(territory, 0, changes);
      assertThat(storage.staff().members(territory, Optional.empty(), 100)).extracting(m -> m.id().value())
          .containsExactlyElementsOf(ids.stream().sorted().toList());
      assertThat(storage.staff().assignments(territory, Optional.empty(), 100)).extracting(a -> a.place().orElseThrow())
          .containsExactlyElementsOf(ids.stream().sorted().toList());
      assertThat(storage.staff().members(territory, Optional.of(PersonId.of("a-b")), 2)).extracting(m -> m.id().value())
          .containsExactly("a.b", "a0");
    }
  }
}
