/**
 * Storage of cases. A {@link org.civicgrid.routing.store.CaseStorageFactory} plugin (extension point
 * {@code case-storage}) opens a {@link org.civicgrid.routing.store.CaseStorage}, whose {@link
 * org.civicgrid.routing.store.CaseStore} keeps each case's audit events under an optimistic version
 * (the number of events) together with the case's notifications, written in one atomic step with the
 * events into the storage's {@link org.civicgrid.routing.notify.Outbox}. A {@link
 * org.civicgrid.routing.store.CaseSummary} is the row that queries for escalation checks and
 * statistics return.
 */
package org.civicgrid.routing.store;
