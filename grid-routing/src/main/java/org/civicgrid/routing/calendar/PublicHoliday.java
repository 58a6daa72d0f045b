package org.civicgrid.routing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/**
 * One holiday period of a yearly arrangement (放假安排), as a State Council notice states it: the days
 * off from {@code first} to {@code last} (both included, weekends inside counted as holiday) and the
 * make-up working days (调休上班日) that pay for it, each a Saturday or Sunday outside the period.
 * Immutable.
 *
 * @param nameZh the Chinese name, for example 春节
 * @param nameEn the English name, for example Spring Festival
 * @param first the first day off
 * @param last the last day off, at most {@value #MAX_DAYS} days after {@code first} counting both
 * @param makeUpDays the Saturdays and Sundays worked in exchange, possibly none
 */
public record PublicHoliday(String nameZh, String nameEn, LocalDate first, LocalDate last,
    ImmutableSortedSet<LocalDate> makeUpDays) {
  /** The longest period accepted; longer ones are typing mistakes in the data (a wrong month). */
  public static final int MAX_DAYS = 31;

  /**
   * @throws IllegalArgumentException naming the holiday and the offending date if the period is
   *     reversed or too long, or a make-up day is a weekday or falls inside the period
   */
  public PublicHoliday {
    checkArgument(nameZh != null && !nameZh.isBlank(), "holiday %s has no Chinese name", nameEn);
    checkArgument(nameEn != null && !nameEn.isBlank(), "holiday %s has no English name", nameZh);
    checkNotNull(first, "holiday %s has no first day", nameEn);
    checkNotNull(last, "holiday %s has no last day", nameEn);
    checkNotNull(makeUpDays, "makeUpDays");
    checkArgument(!last.isBefore(first), "holiday %s ends on %s, before its first day %s", nameEn, last, first);
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    checkArgument(days <= MAX_DAYS, "holiday %s from %s to %s is %s days, longer than %s", nameEn, first, last,
        days, MAX_DAYS);
    makeUpDays = ImmutableSortedSet.copyOf(makeUpDays);
    for (LocalDate d : makeUpDays) {
      checkArgument(d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY,
          "make-up working day %s of holiday %s is a %s, not a Saturday or Sunday", d, nameEn, d.getDayOfWeek());
      checkArgument(!contains(first, last, d), "make-up working day %s of holiday %s falls inside the holiday",
          d, nameEn);
    }
  }

  /** A holiday with no make-up working day. */
  public static PublicHoliday of(String nameZh, String nameEn, LocalDate first, LocalDate last) {
    return new PublicHoliday(nameZh, nameEn, first, last, ImmutableSortedSet.of());
  }

  /** Whether {@code date} is one of the days off. */
  public boolean contains(LocalDate date) {
    return contains(first, last, date);
  }

  /** The days off, in order. */
  public Stream<LocalDate> days() {
    return first.datesUntil(last.plusDays(1));
  }

  @Override
  public String toString() {
    return nameZh + " " + nameEn + " " + first + ".." + last + (makeUpDays.isEmpty() ? "" : ", make-up days " + makeUpDays);
  }

  private static boolean contains(LocalDate first, LocalDate last, LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }
}
