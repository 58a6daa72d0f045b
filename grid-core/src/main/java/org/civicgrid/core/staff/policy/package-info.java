/**
 * Staffing policies and the gap report. A {@link org.civicgrid.core.staff.policy.StaffingPolicy} is a
 * named set of {@link org.civicgrid.core.staff.policy.PolicyRule rules}, each a {@link
 * org.civicgrid.core.staff.policy.Requirement} (role counts, eligibility, one holder of two posts,
 * households per holder, a holder at every place, cadre link quotas) with an id, a severity and the levels
 * it applies to; cities compose a preset from {@link org.civicgrid.core.staff.policy.StaffingPolicies} with
 * rules of their own. Evaluating a policy on a {@link org.civicgrid.core.staff.Staffing} and a date yields
 * a {@link org.civicgrid.core.report.Report} of every gap — grid, rule, severity, what is missing or who
 * breaks it. A {@link org.civicgrid.core.staff.policy.StaffPlan} is the headcount a policy requires of
 * each grid, and a placeholder staffing that fills it.
 */
package org.civicgrid.core.staff.policy;
