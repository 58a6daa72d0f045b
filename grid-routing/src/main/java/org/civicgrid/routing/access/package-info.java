/**
 * Who may act on which case. An {@link org.civicgrid.routing.access.AccessPolicy} says which roles, held
 * at which levels, may give which commands over their own grid or its subtree, what departments' staff
 * may do on their categories, and which platform actors (intake, automatic escalation) may act anywhere.
 * An {@link org.civicgrid.routing.access.Authorizer} applies it to one staffing snapshot and denies the
 * rest with an {@link org.civicgrid.routing.access.AccessDeniedException}; {@link
 * org.civicgrid.routing.access.ReporterAccess} guards the reporter's raw contact data the same way.
 */
package org.civicgrid.routing.access;
