package org.civicgrid.core.store;

import java.time.LocalDateTime;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.PersonId;

/**
 * What identifies a stored {@link Absence}: its person and first moment, in that order. A store keeps at
 * most one absence per person starting at one moment. Immutable.
 */
record AbsenceKey(PersonId person, LocalDateTime from) implements Comparable<AbsenceKey> {
  static AbsenceKey of(Absence absence) {
    return new AbsenceKey(absence.person(), absence.from());
  }

  @Override
  public int compareTo(AbsenceKey other) {
    int byPerson = person.compareTo(other.person);
    return byPerson != 0 ? byPerson : from.compareTo(other.from);
  }

  @Override
  public String toString() {
    return person + " from " + from;
  }
}
