/**
 * The points ledger (积分制, the "moral bank" of building leaders, unit leaders and volunteers). An
 * {@link org.civicgrid.core.points.EntryKind#AWARD award} credits a person points for tasks or
 * hours, a {@link org.civicgrid.core.points.EntryKind#REDEMPTION redemption} spends them on a
 * reward, and a {@link org.civicgrid.core.points.EntryKind#REVERSAL reversal} undoes one earlier
 * entry; entries are never edited or deleted, and each one carries the id of the source event it
 * came from, so no event is counted twice.
 */
package org.civicgrid.core.points;
