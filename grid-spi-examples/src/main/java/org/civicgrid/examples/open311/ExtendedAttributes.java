package org.civicgrid.examples.open311;

/**
 * The names of the {@code extended_attributes} a request carries beside GeoReport's own fields, so
 * that nothing of a case is lost between two CivicGrid platforms, and of the service-definition
 * attributes a request may give. Values are lower-case ids ({@code on_hold}, {@code transfer_in}).
 */
final class ExtendedAttributes {
  /** The exact case status, such as {@code handling}. */
  static final String STATUS = "civicgrid_status";
  /** How the report came in, such as {@code hotline}. */
  static final String CHANNEL = "civicgrid_channel";
  /** The case's urgency, such as {@code urgent}. */
  static final String URGENCY = "civicgrid_urgency";
  /** Where the case should be solved, such as {@code grid}. */
  static final String TIER = "civicgrid_tier";
  /** The handling units, lead first, as {@code grid:210902001001} or {@code department:water}. */
  static final String HANDLING_UNITS = "civicgrid_handling_units";
  /** When handling is due (处置时限), ISO 8601. */
  static final String DEADLINE = "civicgrid_deadline";
  /** The grid of a case known only by its grid. */
  static final String GRID = "civicgrid_grid";
  /** Every attachment, when a case has more than GeoReport's one {@code media_url}. */
  static final String MEDIA_URLS = "civicgrid_media_urls";
  /** The follow-up rating 1 to 5 of a rated case. */
  static final String SATISFACTION = "civicgrid_satisfaction";
  /** The case a duplicate repeats. */
  static final String DUPLICATE_OF = "civicgrid_duplicate_of";

  /** The service-definition attribute with the subcategory's filing condition (informational). */
  static final String FILING_CONDITION = "filing_condition";
  /** The service-definition attribute a reporter may set: {@code normal}, {@code urgent}, {@code emergency}. */
  static final String URGENCY_ATTRIBUTE = "urgency";
  /** The service-definition attribute a reporter may set: {@code household}, {@code grid}, {@code network}. */
  static final String TIER_ATTRIBUTE = "tier";

  private ExtendedAttributes() {}
}
