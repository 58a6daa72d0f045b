package org.civicgrid.examples.jdbc;

import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStoreContract;

/** Plugin {@code postgresql} passes the case-store and outbox conformance kit against a real server. */
class PostgresCaseStoreTest extends CaseStoreContract {
  @Override
  protected CaseStorage open() {
    return PostgresTestServer.caseStorage("civicgrid");
  }

  @Override
  protected boolean isDurable() {
    return true;
  }
}
