/**
 * Who is responsible for each grid. A {@link org.civicgrid.core.staff.Role role} is a post in a grid's
 * team (grid leader, full-time grid worker, building leader), declared as data in a city's {@link
 * org.civicgrid.core.staff.RoleCatalogue}; a {@link org.civicgrid.core.staff.StaffMember staff member},
 * known by a {@link org.civicgrid.core.staff.PersonId}, holds roles in grids through {@link
 * org.civicgrid.core.staff.Assignment assignments} effective over a {@link
 * org.civicgrid.core.staff.Period}, and may be away for an {@link org.civicgrid.core.staff.Absence}
 * while a named backup acts (AB岗). A {@link org.civicgrid.core.staff.Staffing} is the validated
 * snapshot of all of it over one grid hierarchy, answering who holds, serves and acts at any date;
 * contact data is masked wherever it is shown.
 */
package org.civicgrid.core.staff;
