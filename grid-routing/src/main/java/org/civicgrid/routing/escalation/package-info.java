/**
 * Escalation and supervision of open cases. An {@link org.civicgrid.routing.escalation.EscalationLadder}
 * gives each rung (grid worker, community, subdistrict, district centre, department) a time limit on
 * a working calendar and ends at the highest rung a tier of matter may reach; the
 * {@link org.civicgrid.routing.escalation.EscalationCheck} proposes the warnings, escalations,
 * supervision cards (督办) and whistle (吹哨) escalations that are due, as commands for the case's log,
 * and never one the log already holds.
 */
package org.civicgrid.routing.escalation;
