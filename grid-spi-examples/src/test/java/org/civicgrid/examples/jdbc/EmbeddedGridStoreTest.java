package org.civicgrid.examples.jdbc;

import java.nio.file.Path;
import org.civicgrid.core.store.GridStoreContract;
import org.civicgrid.core.store.Storage;
import org.junit.jupiter.api.io.TempDir;

/** Plugin {@code embedded} passes the grid-store conformance kit on one database file. */
class EmbeddedGridStoreTest extends GridStoreContract {
  @TempDir static Path folder;

  @Override
  protected Storage open() {
    return EmbeddedTestFile.storage(folder.resolve("civicgrid"));
  }

  @Override
  protected boolean isDurable() {
    return true;
  }
}
