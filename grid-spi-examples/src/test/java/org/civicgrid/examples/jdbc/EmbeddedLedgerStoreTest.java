package org.civicgrid.examples.jdbc;

import java.nio.file.Path;
import org.civicgrid.core.store.LedgerStoreContract;
import org.civicgrid.core.store.Storage;
import org.junit.jupiter.api.io.TempDir;

/** Plugin {@code embedded} passes the ledger-store conformance kit on one database file. */
class EmbeddedLedgerStoreTest extends LedgerStoreContract {
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
