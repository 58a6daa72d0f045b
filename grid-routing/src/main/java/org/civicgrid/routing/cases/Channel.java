package org.civicgrid.routing.cases;

/**
 * How a case reached the platform (来源). Statistics group by it, and a follow-up visit answers on the
 * same channel where it can.
 */
public enum Channel {
  /** A resident's post in the grid's online group (网络网格, 一格一群). */
  GRID_GROUP("网格群"),
  /** A phone call to a grid worker or a community. */
  PHONE("电话"),
  /** The citizens' service hotline, 12345 or a local equivalent. */
  HOTLINE("12345热线"),
  /** Found by a grid worker or an inspector on patrol (巡查发现). */
  PATROL("巡查发现"),
  /** A resident's photo report (随手拍). */
  SNAPSHOT("随手拍"),
  /** A resident's report through a mobile or web app. */
  APP("应用"),
  /** Passed over from another system, such as a city's digital-management platform (同步/对接). */
  TRANSFER_IN("系统转入");

  private final String nameZh;

  Channel(String nameZh) {
    this.nameZh = nameZh;
  }

  /** The Chinese name shown to operators. */
  public String nameZh() {
    return nameZh;
  }
}
