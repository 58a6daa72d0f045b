package org.civicgrid.routing.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.civicgrid.routing.calendar.Deadline;
import org.civicgrid.routing.calendar.TimeLimit;
import org.civicgrid.routing.calendar.TrafficLight;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deadline arithmetic on the national calendar, on the hot path of every case lifecycle (target:
 * well under 1 µs per deadline, so that 100,000 lifecycles a second on one core leave room for
 * routing and audit). Start instants cycle through 1,024 random minutes of 2025 (working time,
 * nights, weekends and holidays alike), so limits span holidays and make-up days as real ones do.
 *
 * <p>{@link #lifecycle} is a case step's whole clock: start, hold, resume, a traffic-light check and
 * the stop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CalendarBenchmark {
  private static final TimeLimit TWO_WORKING_DAYS = TimeLimit.workingDays(2);
  private static final TimeLimit FOUR_WORKING_HOURS = TimeLimit.workingHours(4);
  private static final int MASK = 1023;

  private WorkingCalendar calendar;
  private Instant[] starts;
  private int next;

  @Setup
  public void chooseStarts() {
    calendar = WorkingCalendar.chinaNational();
    Random random = new Random(5);
    Instant first = LocalDateTime.parse("2025-01-01T00:00").atZone(calendar.zone()).toInstant();
    starts = new Instant[MASK + 1];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = first.plus(Duration.ofMinutes(random.nextInt(360 * 24 * 60)));
    }
  }

  private Instant nextStart() {
    return starts[next++ & MASK];
  }

  @Benchmark
  public Instant deadlineTwoWorkingDays() {
    return calendar.deadline(nextStart(), TWO_WORKING_DAYS);
  }

  @Benchmark
  public Instant deadlineFourWorkingHours() {
    return calendar.deadline(nextStart(), FOUR_WORKING_HOURS);
  }

  @Benchmark
  public Duration workingTimeOverThreeDays() {
    Instant start = nextStart();
    return calendar.workingTimeBetween(start, start.plus(Duration.ofDays(3)));
  }

  @Benchmark
  public Deadline startDeadline() {
    return Deadline.start(calendar, TWO_WORKING_DAYS, nextStart());
  }

  @Benchmark
  public TrafficLight lifecycle() {
    Instant start = nextStart();
    Deadline d = Deadline.start(calendar, TWO_WORKING_DAYS, start)
        .pause(start.plus(Duration.ofHours(2)))
        .resume(start.plus(Duration.ofHours(20)));
    TrafficLight light = d.status(start.plus(Duration.ofHours(30)));
    d.stop(start.plus(Duration.ofHours(40)));
    return light;
  }
}
