package org.civicgrid.examples.jdbc;

import java.nio.file.Path;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStoreContract;
import org.junit.jupiter.api.io.TempDir;

/** Plugin {@code embedded} passes the case-store and outbox conformance kit on one database file. */
class EmbeddedCaseStoreTest extends CaseStoreContract {
  @TempDir static Path folder;

  @Override
  protected CaseStorage open() {
    return EmbeddedTestFile.caseStorage(folder.resolve("civicgrid"));
  }

  @Override
  protected boolean isDurable() {
    return true;
  }
}
