package org.civicgrid.core.points;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import org.civicgrid.core.staff.PersonId;

/**
 * What one person earned in a period, net of awards reversed in it: a line of the year-end ranking
 * (三统两考一评). Immutable.
 */
public record Earnings(PersonId person, long points) {
  /** Most points first; equal points in ascending person id, so a ranking is reproducible. */
  public static final Comparator<Earnings> RANKING =
      Comparator.comparingLong(Earnings::points).reversed().thenComparing(Earnings::person);

  public Earnings {
    checkNotNull(person, "person");
  }
}
