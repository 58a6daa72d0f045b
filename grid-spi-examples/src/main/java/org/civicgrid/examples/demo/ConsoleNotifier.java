package org.civicgrid.examples.demo;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.io.PrintStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.Notifier;
import org.civicgrid.routing.notify.Recipient;

/**
 * The demo's notifier: prints one line per notification to the console, naming its kind, its
 * recipient as people read it and the case, never the payload's reason or any personal data. Not
 * thread-safe: the demo's single dispatcher calls it from one thread.
 */
final class ConsoleNotifier implements Notifier {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final PrintStream out;
  private final Clock clock;
  private final Function<Recipient, String> names;
  private boolean closed;

  /**
   * @param out where the lines go
   * @param clock the time of delivery, shown in China's time zone
   * @param names how a recipient is named on the console, such as {@code 王强 (p-10)}
   */
  ConsoleNotifier(PrintStream out, Clock clock, Function<Recipient, String> names) {
    this.out = checkNotNull(out, "out");
    this.clock = checkNotNull(clock, "clock");
    this.names = checkNotNull(names, "names");
  }

  @Override
  public void deliver(Notification notification) {
    checkNotNull(notification, "notification");
    checkState(!closed, "console notifier is closed; cannot deliver %s", notification.key());
    out.printf("      ✉ %s %s → %s [%s]%n", TIME.format(clock.instant().atZone(WorkingCalendar.CHINA_ZONE)),
        notification.kind(), names.apply(notification.recipient()),
        notification.maskedPayload().getOrDefault("case", notification.key().value()));
  }

  @Override
  public void close() {
    closed = true;
  }
}
