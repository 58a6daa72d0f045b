/**
 * Routing a case (派单): from its place to the grid that holds it at every level, then to the unit and
 * the person who acts, by category and role. A {@link org.civicgrid.routing.dispatch.RoutingTable}
 * says, per category, which role acts at which level; subcategories that belong to a department or
 * utility go to it directly (定人、定岗、定责). A {@link org.civicgrid.routing.dispatch.CaseRouter}
 * answers with a {@link org.civicgrid.routing.dispatch.RoutingDecision} that names the rule, the grid
 * and the person, and becomes the audit log's dispatch command.
 */
package org.civicgrid.routing.dispatch;
