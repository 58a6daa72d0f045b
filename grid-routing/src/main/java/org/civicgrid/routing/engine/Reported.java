package org.civicgrid.routing.engine;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.dispatch.RoutingDecision;

/**
 * What {@link CaseEngine#report} stored and why: the new case's file and the routing decision made
 * for it. A case whose subcategory goes straight to a department is already dispatched; any other
 * waits, reported, for its grid worker to handle it on the spot or for an operator to accept, file
 * and dispatch it, for which {@link RoutingDecision#toDispatch} gives the command. Immutable.
 *
 * @param file the stored file
 * @param routing where the router sends the case, explained
 */
public record Reported(CaseFile file, RoutingDecision routing) {
  public Reported {
    checkNotNull(file, "file");
    checkNotNull(routing, "case %s routing", file.id());
  }
}
