package org.civicgrid.examples.jdbc;

import java.nio.file.Path;
import org.civicgrid.core.store.StaffStoreContract;
import org.civicgrid.core.store.Storage;
import org.junit.jupiter.api.io.TempDir;

/** Plugin {@code embedded} passes the staff-store conformance kit on one database file. */
class EmbeddedStaffStoreTest extends StaffStoreContract {
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
