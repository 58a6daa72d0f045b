package org.civicgrid.routing.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

/** Instants written as local times in China's zone, as the seeds' cases are reported. */
final class Shanghai {
  private Shanghai() {}

  /** {@code "2025-01-24 16:00"} in Asia/Shanghai. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime.replace(' ', 'T')).atZone(WorkingCalendar.CHINA_ZONE).toInstant();
  }
}
