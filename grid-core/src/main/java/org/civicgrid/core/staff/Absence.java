package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A time a staff member is away — leave, training, a meeting, a business trip — during which the
 * backups of their posts act (AB岗). Times are date-times, not dates, because cover is decided per case:
 * a leader away for a morning's training is covered that morning only. They are the city's local civil
 * time, like every time in the staffing model; convert an {@code Instant} with the city's zone. Whole
 * days are {@link #days}. Immutable.
 *
 * @param from the first moment away (inclusive)
 * @param until the moment back (exclusive), empty while the return is not known
 * @param reason a short category such as "annual leave" or "training"; it appears in explanations and
 *     logs, so never put health or other sensitive detail here
 */
public record Absence(PersonId person, LocalDateTime from, Optional<LocalDateTime> until, String reason) {
  public Absence {
    checkNotNull(person, "person");
    checkNotNull(from, "from");
    checkNotNull(until, "until");
    checkArgument(until.isEmpty() || from.isBefore(until.get()), "absence of %s: empty period from %s until %s",
        person, from, until.orElse(null));
    checkArgument(reason != null && !reason.isBlank(), "absence of %s from %s has no reason", person, from);
  }

  /** Away from {@code from} until {@code until} (exclusive). */
  public static Absence of(PersonId person, LocalDateTime from, LocalDateTime until, String reason) {
    return new Absence(person, from, Optional.of(checkNotNull(until, "until")), reason);
  }

  /** Away whole days: from the start of {@code from} to the start of {@code until} (exclusive). */
  public static Absence days(PersonId person, LocalDate from, LocalDate until, String reason) {
    return of(person, from.atStartOfDay(), until.atStartOfDay(), reason);
  }

  /** Away from {@code from} with no known return. */
  public static Absence openEnded(PersonId person, LocalDateTime from, String reason) {
    return new Absence(person, from, Optional.empty(), reason);
  }

  /** True when the person is away at {@code time}. */
  public boolean contains(LocalDateTime time) {
    checkNotNull(time, "time");
    return !time.isBefore(from) && (until.isEmpty() || time.isBefore(until.get()));
  }

  @Override
  public String toString() {
    return person + " absent [" + from + ", " + until.map(LocalDateTime::toString).orElse("…") + ") (" + reason + ")";
  }
}
