package org.civicgrid.examples.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.store.Storage;
import org.civicgrid.geo.store.BoundaryStorage;
import org.civicgrid.routing.store.CaseStorage;

/** Opens plugin {@code embedded} on a database file for the tests. */
final class EmbeddedTestFile {
  private EmbeddedTestFile() {}

  static Storage storage(Path file) {
    var factory = new EmbeddedStorageFactory();
    return factory.create(Config.validate(factory.id(), factory.parameters(), Map.of("path", file.toString())));
  }

  static CaseStorage caseStorage(Path file) {
    var factory = new EmbeddedCaseStorageFactory();
    return factory.create(Config.validate(factory.id(), factory.parameters(), Map.of("path", file.toString())));
  }

  static BoundaryStorage boundaryStorage(Path file) {
    var factory = new EmbeddedBoundaryStorageFactory();
    return factory.create(Config.validate(factory.id(), factory.parameters(), Map.of("path", file.toString())));
  }
}
