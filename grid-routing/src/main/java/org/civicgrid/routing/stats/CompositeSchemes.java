package org.civicgrid.routing.stats;

/**
 * Starting-point composite schemes for the three bodies evaluated from below ("下评上"). The standards
 * seen publish no weights for these indicators, so these are examples to copy and change, not
 * standard values; they take their shape from the 联通 platform's role formulas in domain-anchors
 * §5.2. Stateless; each call returns an equal immutable scheme.
 */
public final class CompositeSchemes {
  private CompositeSchemes() {}

  /**
   * A grid worker: on-time handling 40 %, resident satisfaction 40 %, send-back rate 20 % (scored as
   * 100 − rate): the worker is judged on solving matters in time and to residents' satisfaction, and
   * on not passing them back.
   */
  public static CompositeScheme gridWorker() {
    return CompositeScheme.builder("grid-worker")
        .weight(Indicator.ON_TIME_HANDLING, 0.4)
        .weight(Indicator.SATISFACTION, 0.4)
        .weight(Indicator.SEND_BACK_RATE, 0.2)
        .build();
  }

  /**
   * A command centre (指挥中心) that files and dispatches: filing rate 25 %, dispatch accuracy 40 %,
   * on-time closing 35 %, the weights of the shift leader's score (按时立案率 25 %, 准确立案率 40 %,
   * 按时结案率 35 %) on the nearest indicators this library measures.
   */
  public static CompositeScheme centre() {
    return CompositeScheme.builder("centre")
        .weight(Indicator.FILING_RATE, 0.25)
        .weight(Indicator.DISPATCH_ACCURACY, 0.4)
        .weight(Indicator.ON_TIME_CLOSING, 0.35)
        .build();
  }

  /**
   * A functional department (专业部门): on-time handling 40 %, completion rate 30 %, rework rate 30 %
   * (scored as 100 − rate). The 联通 platform weighs 结案率, 按时处置率 and (100 − 返工率) 30 % each next
   * to a case-volume score worth the last 10 points; volume is not a rate, so its share goes to
   * on-time handling.
   */
  public static CompositeScheme department() {
    return CompositeScheme.builder("department")
        .weight(Indicator.ON_TIME_HANDLING, 0.4)
        .weight(Indicator.COMPLETION_RATE, 0.3)
        .weight(Indicator.REWORK_RATE, 0.3)
        .build();
  }
}
