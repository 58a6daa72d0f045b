package org.civicgrid.routing.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * When a unit works: weekly hours (the rule), public holidays and make-up working days (the yearly
 * data), the unit's own dates, and the time zone that turns them into instants; and the time-limit
 * arithmetic on top: deadlines, working time between two instants, working time added to an instant.
 *
 * <p>A date is decided in this order: the unit's own date ({@link Builder#hoursOn}, {@link
 * Builder#closedOn}); a public holiday's day off; a make-up working day, worked with the weekly
 * hours' make-up-day hours; otherwise the hours of its day of the week. {@link #chinaNational()} is
 * the default national calendar; a unit's calendar is {@link #derive derived} from it with its own
 * changes (a 24-hour hotline, a department with other hours, a local closure).
 *
 * <p>A calendar with public-holiday data refuses dates in years the data does not declare, with
 * {@link CalendarYearMissingException}, unless it was built with {@link UndeclaredYears#WEEKLY_HOURS}.
 * Calendar units ({@link LimitUnit#CALENDAR_HOURS} …) need no holiday data and work in any year.
 *
 * <p>Each year is precomputed as flat arrays (declared years when the calendar is built, others on
 * first use), so a deadline costs a few array reads and a binary search. Instants are handled to
 * the millisecond. Immutable and thread-safe: the year tables are an internal cache published
 * safely.
 */
public final class WorkingCalendar {
  /** China's time zone, the default. */
  public static final ZoneId CHINA_ZONE = ZoneId.of("Asia/Shanghai");

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 9999;

  private final String id;
  private final ZoneId zone;
  private final WeeklyHours weeklyHours;
  private final PublicHolidays publicHolidays;
  private final ImmutableSortedMap<LocalDate, DayHours> unitDays;
  private final UndeclaredYears undeclaredYears;
  private volatile YearIndex years = YearIndex.EMPTY;

  private WorkingCalendar(Builder b) {
    this.id = b.id;
    this.zone = b.zone;
    this.weeklyHours = b.weeklyHours;
    this.publicHolidays = b.publicHolidays;
    this.unitDays = ImmutableSortedMap.copyOf(b.unitDays);
    this.undeclaredYears = b.undeclaredYears;
    for (int year : publicHolidays.years()) {
      table(year);
    }
  }

  /**
   * The national calendar {@code china-national}: {@link WeeklyHours#officeHours()}, {@link
   * PublicHolidays#china()} (2025 and 2026), zone Asia/Shanghai, undeclared years refused.
   */
  public static WorkingCalendar chinaNational() {
    return National.CALENDAR;
  }

  /**
   * Starts a calendar from nothing: zone Asia/Shanghai, office hours, undeclared years refused; the
   * public holidays must be set ({@link PublicHolidays#none()} for none).
   *
   * @param id a lower-kebab id such as {@code fuxin-12345-hotline}
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Starts a unit's calendar as a copy of this one under a new id, to be changed. */
  public Builder derive(String id) {
    Builder b = new Builder(id);
    b.zone = zone;
    b.weeklyHours = weeklyHours;
    b.publicHolidays = publicHolidays;
    b.unitDays.putAll(unitDays);
    b.undeclaredYears = undeclaredYears;
    return b;
  }

  public String id() {
    return id;
  }

  public ZoneId zone() {
    return zone;
  }

  public WeeklyHours weeklyHours() {
    return weeklyHours;
  }

  public PublicHolidays publicHolidays() {
    return publicHolidays;
  }

  /** The unit's own dates and their hours ({@link DayHours#none()} for a closure). */
  public ImmutableSortedMap<LocalDate, DayHours> unitDays() {
    return unitDays;
  }

  public UndeclaredYears undeclaredYears() {
    return undeclaredYears;
  }

  /**
   * The working hours of {@code date} and why.
   *
   * @throws CalendarYearMissingException if the date's year is not declared and this calendar refuses such years
   */
  public CalendarDay day(LocalDate date) {
    checkNotNull(date, "date");
    table(date.getYear());
    DayHours own = unitDays.get(date);
    if (own != null) {
      return new CalendarDay(date, own.isWorking() ? DayKind.UNIT_WORKDAY : DayKind.UNIT_CLOSURE, own, Optional.empty());
    }
    Optional<PublicHoliday> holiday = publicHolidays.holidayOn(date);
    if (holiday.isPresent()) {
      return new CalendarDay(date, DayKind.PUBLIC_HOLIDAY, DayHours.none(), holiday);
    }
    Optional<PublicHoliday> makeUp = publicHolidays.makeUpDayFor(date);
    if (makeUp.isPresent() && weeklyHours.makeUpDay().isWorking()) {
      return new CalendarDay(date, DayKind.MAKE_UP_WORKDAY, weeklyHours.makeUpDay(), makeUp);
    }
    DayHours hours = weeklyHours.hours(date.getDayOfWeek());
    return new CalendarDay(date, hours.isWorking() ? DayKind.WORKDAY : DayKind.REST_DAY, hours, Optional.empty());
  }

  /**
   * Whether any time of {@code date} is worked.
   *
   * @throws CalendarYearMissingException if the date's year is refused
   */
  public boolean isWorkingDay(LocalDate date) {
    return day(date).isWorking();
  }

  /**
   * Whether {@code t} falls inside a working interval.
   *
   * @throws CalendarYearMissingException if its year is refused
   */
  public boolean isWorkingTime(Instant t) {
    long ms = millis(t, "t");
    return tableAt(ms).isWorkingTime(ms);
  }

  /**
   * When a limit that starts at {@code start} ends, with no pause (for pauses see {@link Deadline}).
   * Minute and hour limits end when that much (working) time has passed, for example 4 working
   * hours from Friday 16:00 end on Monday at 11:00 with office hours. Day limits end at the close
   * of the last counted day (see {@link LimitUnit}): 2 working days from Friday 16:00 end on Tuesday
   * at 17:30.
   *
   * @throws CalendarYearMissingException if a working limit reaches a refused year, naming it
   */
  public Instant deadline(Instant start, TimeLimit limit) {
    checkNotNull(limit, "limit");
    return Instant.ofEpochMilli(due(millis(start, "start"), limit));
  }

  /**
   * The instant by which {@code amount} of working time has passed since {@code from}; an amount
   * that fills a working interval exactly ends at the interval's end.
   *
   * @throws IllegalArgumentException if {@code amount} is negative
   * @throws CalendarYearMissingException if the count reaches a refused year, naming it
   */
  public Instant plusWorkingTime(Instant from, Duration amount) {
    checkNotNull(amount, "amount");
    checkArgument(!amount.isNegative(), "working time to add %s is negative", amount);
    return Instant.ofEpochMilli(plusWorking(millis(from, "from"), amount.toMillis()));
  }

  /**
   * The close of business of the {@code days}-th working day after the day of {@code from} (that day
   * itself is not counted, whatever the hour).
   *
   * @throws IllegalArgumentException if {@code days} is less than 1
   * @throws CalendarYearMissingException if the count reaches a refused year, naming it
   */
  public Instant plusWorkingDays(Instant from, int days) {
    checkArgument(days >= 1, "working days to add %s is less than 1", days);
    return Instant.ofEpochMilli(closeOfWorkingDays(millis(from, "from"), days));
  }

  /**
   * The working time between two instants ({@code from} included, {@code to} excluded).
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws CalendarYearMissingException if a refused year lies between them, naming it
   */
  public Duration workingTimeBetween(Instant from, Instant to) {
    long a = millis(from, "from");
    long b = millis(to, "to");
    checkArgument(b >= a, "end %s is before start %s", to, from);
    return Duration.ofMillis(workedBetween(a, b));
  }

  @Override
  public String toString() {
    return id + " (" + zone + "; " + weeklyHours + "; " + publicHolidays + "; " + unitDays.size() + " unit dates)";
  }

  /** The due instant of {@code limit} started at {@code start}, without pauses. */
  long due(long start, TimeLimit limit) {
    return switch (limit.unit()) {
      case WORKING_MINUTES, WORKING_HOURS -> plusWorking(start, limit.exactMillis());
      case WORKING_DAYS -> closeOfWorkingDays(start, limit.amount());
      case CALENDAR_MINUTES, CALENDAR_HOURS -> start + limit.exactMillis();
      case CALENDAR_DAYS -> Instant.ofEpochMilli(start).atZone(zone).toLocalDate().plusDays(limit.amount() + 1L)
          .atStartOfDay(zone).toInstant().toEpochMilli();
    };
  }

  /** The time that counts for {@code unit} between {@code from} and {@code to >= from}. */
  long counted(LimitUnit unit, long from, long to) {
    return unit.isWorking() ? workedBetween(from, to) : to - from;
  }

  /** The instant by which {@code amount} of time that counts for {@code unit} has passed since {@code from}. */
  long plusCounted(LimitUnit unit, long from, long amount) {
    return unit.isWorking() ? plusWorking(from, amount) : from + amount;
  }

  long plusWorking(long from, long amount) {
    if (amount == 0) {
      return from;
    }
    YearTable y = tableAt(from);
    int day = y.dayOf(from);
    long target = y.workedBefore(from, day) + amount;
    while (target > y.total()) {
      target -= y.total();
      y = table(y.year + 1);
      day = 0;
    }
    return y.instantAt(target, day);
  }

  long workedBetween(long from, long to) {
    YearTable y = tableAt(from);
    long worked = -y.workedBefore(from);
    while (to > y.end) {
      worked += y.total();
      y = table(y.year + 1);
    }
    return worked + y.workedBefore(to);
  }

  long closeOfWorkingDays(long from, int days) {
    YearTable y = tableAt(from);
    int k = y.workingDaysThrough(y.dayOf(from)) + days - 1;
    while (k >= y.workingDayCount()) {
      k -= y.workingDayCount();
      y = table(y.year + 1);
    }
    return y.closeOfWorkingDay(k);
  }

  private static long millis(Instant t, String name) {
    return checkNotNull(t, name).toEpochMilli();
  }

  private YearTable tableAt(long t) {
    YearTable y = years.find(t);
    return y != null ? y : table(Instant.ofEpochMilli(t).atZone(zone).getYear());
  }

  private YearTable table(int year) {
    YearTable y = years.get(year);
    return y != null ? y : build(year);
  }

  private synchronized YearTable build(int year) {
    YearTable y = years.get(year);
    if (y != null) {
      return y;
    }
    checkArgument(year >= FIRST_YEAR && year <= LAST_YEAR, "calendar %s covers the years %s to %s, not %s", id,
        FIRST_YEAR, LAST_YEAR, year);
    if (!publicHolidays.isEmpty() && !publicHolidays.declares(year) && undeclaredYears == UndeclaredYears.REFUSE) {
      throw new CalendarYearMissingException(id, year, publicHolidays.years());
    }
    y = YearTable.build(year, zone, this::hoursOn);
    years = years.with(y, zone);
    return y;
  }

  private DayHours hoursOn(LocalDate date) {
    DayHours own = unitDays.get(date);
    if (own != null) {
      return own;
    }
    if (publicHolidays.holidayOn(date).isPresent()) {
      return DayHours.none();
    }
    if (publicHolidays.makeUpDayFor(date).isPresent() && weeklyHours.makeUpDay().isWorking()) {
      return weeklyHours.makeUpDay();
    }
    return weeklyHours.hours(date.getDayOfWeek());
  }

  /** Builds the national calendar on first use. */
  private static final class National {
    static final WorkingCalendar CALENDAR = builder("china-national").publicHolidays(PublicHolidays.china()).build();
  }

  /** Collects a calendar's parts; not thread-safe, used by one thread and dropped. */
  public static final class Builder {
    private final String id;
    private ZoneId zone = CHINA_ZONE;
    private WeeklyHours weeklyHours = WeeklyHours.officeHours();
    private PublicHolidays publicHolidays;
    private final TreeMap<LocalDate, DayHours> unitDays = new TreeMap<>();
    private UndeclaredYears undeclaredYears = UndeclaredYears.REFUSE;

    private Builder(String id) {
      checkArgument(id != null && ID.matcher(id).matches(), "calendar id %s is not lower-kebab", id);
      this.id = id;
    }

    public Builder zone(ZoneId zone) {
      this.zone = checkNotNull(zone, "zone");
      return this;
    }

    public Builder weeklyHours(WeeklyHours weeklyHours) {
      this.weeklyHours = checkNotNull(weeklyHours, "weeklyHours");
      return this;
    }

    /** The holidays observed; {@link PublicHolidays#none()} for a unit that works through them. */
    public Builder publicHolidays(PublicHolidays publicHolidays) {
      this.publicHolidays = checkNotNull(publicHolidays, "publicHolidays");
      return this;
    }

    /** Works {@code date} with {@code hours}, whatever holidays and weekly hours say. */
    public Builder hoursOn(LocalDate date, DayHours hours) {
      unitDays.put(checkNotNull(date, "date"), checkNotNull(hours, "hours"));
      return this;
    }

    /** Closes the unit on each date, whatever holidays and weekly hours say. */
    public Builder closedOn(LocalDate... dates) {
      for (LocalDate d : dates) {
        hoursOn(d, DayHours.none());
      }
      return this;
    }

    /** Forgets the unit's own hours for {@code date}, so the national rules decide it again. */
    public Builder clearDate(LocalDate date) {
      unitDays.remove(checkNotNull(date, "date"));
      return this;
    }

    public Builder undeclaredYears(UndeclaredYears undeclaredYears) {
      this.undeclaredYears = checkNotNull(undeclaredYears, "undeclaredYears");
      return this;
    }

    /**
     * @throws IllegalStateException if the public holidays were never set
     */
    public WorkingCalendar build() {
      if (publicHolidays == null) {
        throw new IllegalStateException("calendar " + id + " says no public holidays; set them, or PublicHolidays.none()");
      }
      return new WorkingCalendar(this);
    }
  }
}
