package org.civicgrid.examples.jdbc;

import java.nio.file.Path;
import org.civicgrid.geo.store.BoundaryStorage;
import org.civicgrid.geo.store.BoundaryStoreContract;
import org.junit.jupiter.api.io.TempDir;

/** Plugin {@code embedded} passes the boundary conformance kit, boundaries as WKB, on one database file. */
class EmbeddedBoundaryStoreTest extends BoundaryStoreContract {
  @TempDir static Path folder;

  @Override
  protected BoundaryStorage open() {
    return EmbeddedTestFile.boundaryStorage(folder.resolve("civicgrid"));
  }

  @Override
  protected boolean isDurable() {
    return true;
  }
}
