package org.civicgrid.geo.patrol;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.geo.crs.LatticeTransform;
import org.civicgrid.geo.patrol.TrackSplitter.Stretch;

/**
 * Judges workers' tracks against the patrol rule of their role, day by day: {@code
 * PatrolAnalyser.of(rule).analyse(track, area)}.
 *
 * <p><b>Coordinate systems.</b> Everything is measured in WGS-84, never in an offset system:
 * GCJ-02 stretches distances by up to 0.6 % and BD-09 by up to 1.8 %, more than the 0.5 % the
 * project allows for measures. The {@link PatrolArea} holds the grid's boundary converted exactly
 * to WGS-84 once. A GCJ-02 or BD-09 track is converted with a {@link LatticeTransform}, within a
 * few centimetres of the exact conversion at tens of nanoseconds a position. Converting exactly
 * would cost about 3 µs a position.
 *
 * <p><b>Patrols.</b> Positions reached faster than the rule's maximum speed are GPS noise: they are
 * discarded and reported with their distance and implied speed. A patrol runs from a position
 * inside the worker's grid to the last position inside before a silence longer than the rule's
 * gap, a pause longer than its maximum pause (waiting at the post), a stay outside the grid longer
 * than its limit (a trip to the office), or the end of the track. The walk to the grid and back is
 * not part of it. Shorter pauses and stays outside are part of it. The share inside is a share of
 * time, not of length, so a worker talking to residents inside the grid is patrolling it. Each
 * segment between two positions counts as inside, outside, or half and half when it crosses the
 * boundary. Moves within the rule's jitter add no length.
 *
 * <p><b>Days.</b> Days are local dates in the analyser's zone ({@link #CHINA} unless set), and a
 * patrol counts for the day it started, even if it runs past midnight. A day complies when at
 * least the rule's number of patrols each meet its limits on duration, length and share of time
 * inside the grid. Otherwise the day's findings say how many counted and, for each patrol that did
 * not, every limit it missed (see {@link PatrolRule}).
 *
 * <p><b>Many workers.</b> An analyser is immutable and thread-safe, and each {@code analyse} call
 * keeps its state to itself. To analyse many workers in parallel, submit one call per worker to an
 * executor; reuse one {@link PatrolArea} per grid.
 */
public final class PatrolAnalyser {
  /** China Standard Time, the zone days are judged in unless another is set. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private final PatrolRequirement requirement;
  private final ZoneId zone;

  private PatrolAnalyser(PatrolRequirement requirement, ZoneId zone) {
    this.requirement = requirement;
    this.zone = zone;
  }

  /** An analyser applying {@code requirement}, judging days in {@link #CHINA}. */
  public static PatrolAnalyser of(PatrolRequirement requirement) {
    return new PatrolAnalyser(checkNotNull(requirement, "requirement"), CHINA);
  }

  /** This analyser judging days in {@code zone}. */
  public PatrolAnalyser inZone(ZoneId zone) {
    return new PatrolAnalyser(requirement, checkNotNull(zone, "zone"));
  }

  public PatrolRequirement requirement() {
    return requirement;
  }

  public ZoneId zone() {
    return zone;
  }

  /**
   * The report of every day from the first position's day to the last position's day (none for
   * an empty track).
   */
  public PatrolReport analyse(Track track, PatrolArea area) {
    checkNotNull(track, "track");
    if (track.size() == 0) {
      return new PatrolReport(track.worker(), checkNotNull(area, "area").grid(), requirement, zone, List.of());
    }
    return analyse(track, area, localDay(track.epochMillis(0)), localDay(track.epochMillis(track.size() - 1)));
  }

  /**
   * The report of every day from {@code firstDay} to {@code lastDay}, both included. A day without
   * patrols fails. Patrols that started on other days are left out, but the whole track is read, so
   * a patrol started the evening before {@code firstDay} does not count on {@code firstDay}.
   *
   * @throws IllegalArgumentException if {@code lastDay} is before {@code firstDay}
   */
  public PatrolReport analyse(Track track, PatrolArea area, LocalDate firstDay, LocalDate lastDay) {
    checkNotNull(track, "track");
    checkNotNull(area, "area");
    checkNotNull(firstDay, "firstDay");
    checkNotNull(lastDay, "lastDay");
    checkArgument(!lastDay.isBefore(firstDay), "last day %s is before first day %s", lastDay, firstDay);
    double[] longitudes = track.longitudes;
    double[] latitudes = track.latitudes;
    if (track.system() != CoordinateSystem.WGS84 && track.system() != CoordinateSystem.CGCS2000) {
      longitudes = new double[track.size()];
      latitudes = new double[track.size()];
      LatticeTransform.between(track.system(), CoordinateSystem.WGS84)
          .transform(track.longitudes, track.latitudes, longitudes, latitudes);
    }
    TrackSplitter split = new TrackSplitter(track.times, longitudes, latitudes, area, requirement).split();
    return judge(track, area, split, firstDay, lastDay);
  }

  private PatrolReport judge(Track track, PatrolArea area, TrackSplitter split, LocalDate firstDay,
      LocalDate lastDay) {
    List<PatrolDay> days = new ArrayList<>();
    List<Stretch> stretches = split.patrols();
    List<DiscardedFix> discarded = split.discarded();
    int s = 0;
    int d = 0;
    for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
      List<Patrol> patrols = new ArrayList<>();
      for (; s < stretches.size(); s++) {
        Stretch stretch = stretches.get(s);
        int order = localDay(track.times[stretch.first()]).compareTo(day);
        if (order > 0) {
          break;
        }
        if (order == 0) {
          patrols.add(patrol(patrols.size() + 1, stretch, track.times));
        }
      }
      List<DiscardedFix> noise = new ArrayList<>();
      for (; d < discarded.size(); d++) {
        int order = localDay(discarded.get(d).time().toEpochMilli()).compareTo(day);
        if (order > 0) {
          break;
        }
        if (order == 0) {
          noise.add(discarded.get(d));
        }
      }
      days.add(new PatrolDay(day, patrols, noise, findings(track, area, day, patrols)));
    }
    return new PatrolReport(track.worker(), area.grid(), requirement, zone, days);
  }

  private Patrol patrol(int number, Stretch stretch, long[] times) {
    long start = times[stretch.first()];
    long end = times[stretch.last()];
    double share = end == start ? 1 : Math.min(1, (double) stretch.insideMillis() / (end - start));
    Set<PatrolRule> shortfalls = EnumSet.noneOf(PatrolRule.class);
    if (Duration.ofMillis(end - start).compareTo(requirement.minDuration()) < 0) {
      shortfalls.add(PatrolRule.TOO_SHORT_IN_TIME);
    }
    if (stretch.metres() < requirement.minLengthMetres()) {
      shortfalls.add(PatrolRule.TOO_SHORT_IN_LENGTH);
    }
    if (share < requirement.minInsideShare()) {
      shortfalls.add(PatrolRule.TOO_LITTLE_INSIDE);
    }
    return new Patrol(number, Instant.ofEpochMilli(start), Instant.ofEpochMilli(end), stretch.metres(), share,
        stretch.positions(), shortfalls);
  }

  private Report findings(Track track, PatrolArea area, LocalDate day, List<Patrol> patrols) {
    long counted = patrols.stream().filter(Patrol::counts).count();
    if (counted >= requirement.patrolsPerDay()) {
      return Report.empty();
    }
    String subject = track.worker() + " " + day;
    List<Finding> findings = new ArrayList<>();
    findings.add(Finding.of(PatrolRule.TOO_FEW_PATROLS, subject, patrols.isEmpty()
        ? String.format(Locale.ROOT, "no patrol; %d required", requirement.patrolsPerDay())
        : String.format(Locale.ROOT, "%d of %d patrols met the rule; %d required", counted, patrols.size(),
            requirement.patrolsPerDay())));
    for (Patrol patrol : patrols) {
      String which = String.format(Locale.ROOT, "patrol %d (%s–%s)", patrol.number(),
          CLOCK.format(patrol.start().atZone(zone)), CLOCK.format(patrol.end().atZone(zone)));
      if (patrol.shortfalls().contains(PatrolRule.TOO_SHORT_IN_TIME)) {
        findings.add(Finding.of(PatrolRule.TOO_SHORT_IN_TIME, subject, String.format(Locale.ROOT,
            "%s lasted %s, under the required %s", which, minutes(patrol.duration()),
            minutes(requirement.minDuration()))));
      }
      if (patrol.shortfalls().contains(PatrolRule.TOO_SHORT_IN_LENGTH)) {
        findings.add(Finding.of(PatrolRule.TOO_SHORT_IN_LENGTH, subject, String.format(Locale.ROOT,
            "%s covered %.0f m, under the required %.0f m", which, patrol.lengthMetres(),
            requirement.minLengthMetres())));
      }
      if (patrol.shortfalls().contains(PatrolRule.TOO_LITTLE_INSIDE)) {
        findings.add(Finding.of(PatrolRule.TOO_LITTLE_INSIDE, subject, String.format(Locale.ROOT,
            "%s spent %.0f %% of its time inside grid %s, under the required %.0f %%", which,
            100 * patrol.insideShare(), area.grid(), 100 * requirement.minInsideShare())));
      }
    }
    return Report.of(findings);
  }

  private static String minutes(Duration duration) {
    return duration.toMinutes() + " min";
  }

  private LocalDate localDay(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).atZone(zone).toLocalDate();
  }

  @Override
  public String toString() {
    return "PatrolAnalyser[" + requirement.role() + ", " + zone + "]";
  }
}
