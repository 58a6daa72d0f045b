package org.civicgrid.routing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * The yearly-data part of working calendars: the {@link HolidayArrangement}s of the years that have
 * been declared, and for any date, the holiday it is a day off of or the holiday it is a make-up
 * working day for. A year without an arrangement is undeclared, and a calendar that observes these
 * holidays refuses to guess its working days (see {@link UndeclaredYears}).
 *
 * <p>{@link #china()} is China's national arrangements for 2025 and 2026 from the State Council
 * notices, read from the resource {@code china-public-holidays.json} in this package: 2025 from
 * 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 12 November 2024), 2026 from
 * 国务院办公厅关于2026年部分节假日安排的通知 (published by Xinhua on 4 November 2025). Each autumn's
 * notice for the next year must be added; until it is, dates of that year are refused. Immutable.
 */
public final class PublicHolidays {
  private static final String CHINA_RESOURCE = "china-public-holidays.json";
  private static final PublicHolidays NONE = new PublicHolidays(ImmutableSortedMap.of(), ImmutableMap.of(),
      ImmutableMap.of());

  private final ImmutableSortedMap<Integer, HolidayArrangement> byYear;
  private final ImmutableMap<LocalDate, PublicHoliday> daysOff;
  private final ImmutableMap<LocalDate, PublicHoliday> makeUpDays;

  private PublicHolidays(ImmutableSortedMap<Integer, HolidayArrangement> byYear,
      ImmutableMap<LocalDate, PublicHoliday> daysOff, ImmutableMap<LocalDate, PublicHoliday> makeUpDays) {
    this.byYear = byYear;
    this.daysOff = daysOff;
    this.makeUpDays = makeUpDays;
  }

  /** No public holidays: every date is worked by the weekly hours alone, in any year. */
  public static PublicHolidays none() {
    return NONE;
  }

  /**
   * The given arrangements, one per year.
   *
   * @throws IllegalArgumentException naming the year or date if two arrangements are for the same
   *     year or claim the same date (a December date in the next year's notice)
   */
  public static PublicHolidays of(List<HolidayArrangement> arrangements) {
    checkNotNull(arrangements, "arrangements");
    TreeMap<Integer, HolidayArrangement> byYear = new TreeMap<>();
    Map<LocalDate, PublicHoliday> daysOff = new HashMap<>();
    Map<LocalDate, PublicHoliday> makeUp = new HashMap<>();
    for (HolidayArrangement a : arrangements) {
      checkNotNull(a, "arrangement");
      checkArgument(byYear.putIfAbsent(a.year(), a) == null, "year %s is arranged twice", a.year());
      for (PublicHoliday h : a.holidays()) {
        h.days().forEach(d -> claim(d, h, daysOff, makeUp));
        h.makeUpDays().forEach(d -> claim(d, h, makeUp, daysOff));
      }
    }
    return new PublicHolidays(ImmutableSortedMap.copyOf(byYear), ImmutableMap.copyOf(daysOff),
        ImmutableMap.copyOf(makeUp));
  }

  /** The given arrangements, one per year. */
  public static PublicHolidays of(HolidayArrangement... arrangements) {
    return of(List.of(arrangements));
  }

  /**
   * China's national holiday arrangements (see the class description for the years and sources).
   *
   * @throws CivicGridException with {@link ErrorCode#MALFORMED_INPUT} if the bundled data is broken
   */
  public static PublicHolidays china() {
    return China.HOLIDAYS;
  }

  /**
   * Reads arrangements in the public-holiday data format ({@code docs/formats.md}).
   *
   * @param source names the input in error messages, for example a file name
   * @throws CivicGridException with {@link ErrorCode#MALFORMED_INPUT} naming the source, the line and
   *     the offending date or field; nothing is returned then
   * @throws IOException if {@code in} cannot be read
   */
  public static PublicHolidays read(InputStream in, String source) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    return PublicHolidaysJson.read(in, source);
  }

  /**
   * These arrangements and {@code arrangement}, for example next year's notice once it is published.
   *
   * @throws IllegalArgumentException if its year is already arranged or a date is claimed twice
   */
  public PublicHolidays plus(HolidayArrangement arrangement) {
    List<HolidayArrangement> all = new ArrayList<>(byYear.values());
    all.add(checkNotNull(arrangement, "arrangement"));
    return of(all);
  }

  /** The declared years. */
  public ImmutableSortedSet<Integer> years() {
    return byYear.keySet();
  }

  /** Whether {@code year} has an arrangement. */
  public boolean declares(int year) {
    return byYear.containsKey(year);
  }

  /** Whether no year is declared. */
  public boolean isEmpty() {
    return byYear.isEmpty();
  }

  /** The arrangements in year order. */
  public ImmutableList<HolidayArrangement> arrangements() {
    return byYear.values().asList();
  }

  /** The arrangement of {@code year}, if declared. */
  public Optional<HolidayArrangement> arrangement(int year) {
    return Optional.ofNullable(byYear.get(year));
  }

  /** The holiday {@code date} is a day off of, if any. */
  public Optional<PublicHoliday> holidayOn(LocalDate date) {
    return Optional.ofNullable(daysOff.get(checkNotNull(date, "date")));
  }

  /** The holiday {@code date} is a make-up working day for, if any. */
  public Optional<PublicHoliday> makeUpDayFor(LocalDate date) {
    return Optional.ofNullable(makeUpDays.get(checkNotNull(date, "date")));
  }

  @Override
  public String toString() {
    return byYear.isEmpty() ? "no public holidays" : "public holidays of " + byYear.keySet();
  }

  private static void claim(LocalDate date, PublicHoliday h, Map<LocalDate, PublicHoliday> into,
      Map<LocalDate, PublicHoliday> other) {
    PublicHoliday before = into.putIfAbsent(date, h);
    if (before == null) {
      before = other.get(date);
    }
    checkArgument(before == null, "%s is claimed by both %s and %s", date, before, h);
  }

  /** Loads the bundled national data on first use. */
  private static final class China {
    static final PublicHolidays HOLIDAYS = load();

    private static PublicHolidays load() {
      try (InputStream in = PublicHolidays.class.getResourceAsStream(CHINA_RESOURCE)) {
        if (in == null) {
          throw new CivicGridException(ErrorCode.MALFORMED_INPUT, "resource " + CHINA_RESOURCE + " is missing");
        }
        return read(in, CHINA_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + CHINA_RESOURCE, e);
      }
    }
  }
}
