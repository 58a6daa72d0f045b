/**
 * Findings as data. A bulk check (hierarchy validation, an import, a coverage check) returns a
 * {@link org.civicgrid.core.report.Report}: every {@link org.civicgrid.core.report.Finding} with its
 * {@link org.civicgrid.core.report.Rule}, severity and subject, rather than failing on the first.
 */
package org.civicgrid.core.report;
