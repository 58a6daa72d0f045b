/**
 * Cases and their closed loop. A {@link org.civicgrid.routing.cases.Case} is one matter a resident
 * or a worker reported (一事一记); its lifecycle is a state machine whose every step is a
 * {@link org.civicgrid.routing.cases.CaseCommand} carrying who acted, for whom and when. Each
 * accepted command becomes a {@link org.civicgrid.routing.cases.CaseEvent} in the case's append-only
 * log, and the case's {@link org.civicgrid.routing.cases.CaseState} is nothing but the fold of that
 * log.
 */
package org.civicgrid.routing.cases;
