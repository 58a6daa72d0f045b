package org.civicgrid.routing.category;

import java.util.Optional;

/**
 * The unit of a {@link HandlingLimit}. Working time (工作时, 工作日) runs only on a working calendar's
 * working hours and days; natural time (自然时, 自然日) runs around the clock, as utilities' repair
 * limits do. The two are different units, never converted into each other by a fixed factor. Immutable.
 */
public enum LimitUnit {
  /** 工作时: hours of working time on a working calendar. */
  WORKING_HOURS("working-hours", "工作时"),
  /** 工作日: working days on a working calendar. */
  WORKING_DAYS("working-days", "工作日"),
  /** 自然时: clock hours, nights and holidays included. */
  NATURAL_HOURS("natural-hours", "自然时"),
  /** 自然日: calendar days, holidays included. */
  NATURAL_DAYS("natural-days", "自然日");

  private final String id;
  private final String nameZh;

  LimitUnit(String id, String nameZh) {
    this.id = id;
    this.nameZh = nameZh;
  }

  /** The lower-kebab id used in catalogue files, such as {@code working-days}. */
  public String id() {
    return id;
  }

  /** The Chinese name, such as 工作日. */
  public String nameZh() {
    return nameZh;
  }

  /** True for the units that count only working time. */
  public boolean isWorkingTime() {
    return this == WORKING_HOURS || this == WORKING_DAYS;
  }

  /** The unit with the id {@code id}, if there is one. */
  public static Optional<LimitUnit> byId(String id) {
    for (LimitUnit unit : values()) {
      if (unit.id.equals(id)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }
}
