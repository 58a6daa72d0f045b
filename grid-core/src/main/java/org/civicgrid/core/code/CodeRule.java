package org.civicgrid.core.code;

/** The rule a grid code breaks, carried by {@link InvalidCodeException}. */
public enum CodeRule {
  /** Empty, too long, or a character outside {@code [0-9A-Za-z]}. */
  SYNTAX,
  /** Not the length its level prescribes. */
  LENGTH,
  /** A segment has a character its segment does not allow (for example a letter in a numeric segment). */
  SEGMENT_CHARSET,
  /** A segment's value lies outside every range its segment allows. */
  SEGMENT_RANGE,
  /** The code does not start with its parent's code. */
  PREFIX,
  /** Digits between the parent's code and the level's own segment, which must be zeros, are not. */
  PADDING,
  /** No level of the scheme has this length and segment value. */
  NO_LEVEL,
  /** The sequence segment has no free value left for another child. */
  SEQUENCE_OVERFLOW
}
