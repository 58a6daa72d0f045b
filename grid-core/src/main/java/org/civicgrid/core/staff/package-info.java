/**
 * Who is responsible for each grid. A {@link org.civicgrid.core.staff.RoleId role} is a post in a
 * grid's team (grid leader, full-time grid worker, building leader); a staff member, known by a
 * {@link org.civicgrid.core.staff.PersonId}, holds roles in grids through assignments that are
 * effective over a period.
 */
package org.civicgrid.core.staff;
