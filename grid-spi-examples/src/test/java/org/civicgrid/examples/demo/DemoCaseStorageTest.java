package org.civicgrid.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.routing.cases.CaseId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's one flag for durable case storage. */
class DemoCaseStorageTest {
  private static final GridHierarchy COUNTY = Demo.loadSampleCounty();
  private static final BoundaryLayer BOUNDARIES = GeographyDemo.importBoundaries(COUNTY).layer();

  @TempDir
  Path directory;

  @Test
  void withoutTheFlagTheDayIsKeptInMemory() {
    try (DemoCaseStorage storage = DemoCaseStorage.open(new Properties())) {
      assertThat(storage.description()).isEqualTo("in memory");
      assertThat(storage.cases().version(CaseId.of("hz-0317-01"))).isZero();
    }
  }

  @Test
  void withTheEmbeddedFlagTheDayIsWrittenToAFileAndReadBackAfterClosing() {
    Properties system = new Properties();
    system.setProperty("civicgrid.case-storage", "embedded");
    system.setProperty("civicgrid.case-storage.path", directory.resolve("day").toString());

    String out = run(system);

    assertThat(out).contains("virtual clock), in plugin embedded (" + directory.resolve("day") + ");")
        .contains("08:00 hz-0317-01 solved on the spot by 王强 (p-10) 10 min after the report");
    assertThat(directory.resolve("day.mv.db")).exists();
    try (DemoCaseStorage reopened = DemoCaseStorage.open(system)) {
      assertThat(reopened.cases().load(CaseId.of("hz-0317-02")).orElseThrow().state().satisfaction()).hasValue(5);
    }
  }

  @Test
  void theEmbeddedFlagAloneWritesANewFileForEachRun() throws Exception {
    Properties system = new Properties();
    system.setProperty("civicgrid.case-storage", "embedded");

    try (DemoCaseStorage storage = DemoCaseStorage.open(system)) {
      assertThat(storage.description()).startsWith("in plugin embedded (" + DemoCaseStorage.EMBEDDED_DIRECTORY + "/day-");
    }
    try (var files = Files.list(Path.of(DemoCaseStorage.EMBEDDED_DIRECTORY))) {
      assertThat(files).isNotEmpty();
    }
  }

  @Test
  void anUnknownPluginIsNamedInTheError() {
    Properties system = new Properties();
    system.setProperty("civicgrid.case-storage", "no-such-store");

    assertThatThrownBy(() -> DemoCaseStorage.open(system))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_NOT_FOUND))
        .hasMessageContaining("no-such-store");
  }

  private static String run(Properties system) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    CaseDayDemo.run(SampleStaff.of(COUNTY), BOUNDARIES, new PrintStream(buffer, true, StandardCharsets.UTF_8), system);
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
