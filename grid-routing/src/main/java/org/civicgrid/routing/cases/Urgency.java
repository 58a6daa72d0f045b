package org.civicgrid.routing.cases;

/**
 * How urgent a case is (紧急程度); time limits and escalation may differ by urgency. Ordered from the
 * least to the most urgent.
 */
public enum Urgency {
  /** Routine (一般). */
  NORMAL,
  /** Urgent (紧急): handle before routine work. */
  URGENT,
  /** An emergency (特急): a mains burst, a collapse, a fire; handled at once, day or night. */
  EMERGENCY
}
