package org.civicgrid.routing.stats;

/**
 * The standard indicators of case handling (考核指标), each with its formula, the population of its
 * denominator and the instant that places a case in a period. Definitions follow domain-anchors §5.2:
 * 结案率 and 按期结案率 divide by 应结案数 (cases due to be closed), as Tianmen's published December
 * 2016 figures do (972 due, 911 closed → 93.72 %; 737 closed on time → 75.82 %); 返工率 divides by
 * 应结案数 as the 联通 platform's department evaluation does; 准确派遣率 is (派遣数 − 错误派遣数) / 派遣数
 * after its dispatcher evaluation. Following the Austin 311 discussion quoted there, the on-time
 * indicators count an open case whose deadline has passed as not on time instead of leaving it out.
 * Thread-safe (an enum).
 */
public enum Indicator {
  /**
   * 立案率 = 立案数 / 受理数: of the cases accepted in the period (by their first acceptance), those
   * filed since. A case solved on the spot without filing, or voided before filing, is not filed.
   */
  FILING_RATE("立案率", "filing rate", Kind.RATE, true,
      "cases filed / cases accepted in the period"),
  /**
   * 准确派遣率 = (派遣数 − 错误派遣数) / 派遣数: of the cases first dispatched in the period, those never
   * dispatched to a second, different lead unit (错误派遣; transfers are not counted).
   */
  DISPATCH_ACCURACY("准确派遣率", "dispatch accuracy", Kind.RATE, true,
      "(cases dispatched − cases dispatched to a second lead unit) / cases first dispatched in the period"),
  /**
   * 按期处置率 = 按期处置数 / 应处置数: of the cases whose handling was due in the period (due instant in
   * the period and not after the as-of instant), those handled (reported back or solved on the spot,
   * and not reopened since) no later than the due instant. A case still open after its due instant is
   * in the denominator and not in the numerator.
   */
  ON_TIME_HANDLING("按期处置率", "on-time handling", Kind.RATE, true,
      "cases handled by their handling due instant / cases whose handling fell due in the period "
          + "(open overdue cases count as not on time)"),
  /**
   * 按期结案率 = 按期结案数 / 应结案数: of the cases due to be closed in the period (due instant in the
   * period and not after the as-of instant), those closed no later than the due instant. A case still
   * open after its due instant is in the denominator and not in the numerator.
   */
  ON_TIME_CLOSING("按期结案率", "on-time closing", Kind.RATE, true,
      "cases closed by their closing due instant / cases due to be closed in the period "
          + "(open overdue cases count as not on time)"),
  /**
   * 结案率 (办结率) = 结案数 / 应结案数: of the cases due to be closed in the period, those closed by the
   * as-of instant, on time or late.
   */
  COMPLETION_RATE("办结率", "completion rate", Kind.RATE, true,
      "cases closed / cases due to be closed in the period"),
  /**
   * 返工率 = 返工数 / 应结案数: of the cases due to be closed in the period, those dispatched again to a
   * unit that had them after a failed check at least once.
   */
  REWORK_RATE("返工率", "rework rate", Kind.RATE, false,
      "cases with rework / cases due to be closed in the period"),
  /**
   * 延期率 = 延期数 / 应结案数: of the cases due to be closed in the period, those with at least one
   * approved extension. The same base as the rework rate, so the two compare.
   */
  EXTENSION_RATE("延期率", "extension rate", Kind.RATE, false,
      "cases with an approved extension / cases due to be closed in the period"),
  /**
   * 回退率 = 回退数 / 派遣数: of the cases first dispatched in the period, those sent back to the
   * dispatcher at least once.
   */
  SEND_BACK_RATE("回退率", "send-back rate", Kind.RATE, false,
      "cases sent back / cases first dispatched in the period"),
  /**
   * 平均受理时长: over the cases first accepted in the period, the mean wall-clock time from the report
   * to the first acceptance.
   */
  AVERAGE_ACCEPTANCE_TIME("平均受理时长", "average acceptance time", Kind.MEAN_DURATION, false,
      "sum of (first accepted − reported) / cases first accepted in the period"),
  /**
   * 平均处置时长: over the dispatched cases first handled in the period, the mean wall-clock time from
   * the first dispatch to the first report back, less the time on hold in between. Cases solved on
   * the spot were never dispatched and are left out.
   */
  AVERAGE_HANDLING_TIME("平均处置时长", "average handling time", Kind.MEAN_DURATION, false,
      "sum of (first handled − first dispatched − time on hold) / dispatched cases first handled in the period"),
  /**
   * 满意率 = 满意数 / 回访评价数: of the cases rated in the follow-up visit in the period, those rated 4
   * (satisfied) or 5 (very satisfied) on the 1–5 scale.
   */
  SATISFACTION("满意率", "resident satisfaction", Kind.RATE, true,
      "cases rated 4 or 5 / cases rated in the period");

  /** Whether an indicator is a share of cases or a mean duration. */
  public enum Kind {
    /** A share of a population of cases: a numerator and a denominator, both counts. */
    RATE,
    /** A mean time: a total duration and the number of cases it is summed over. */
    MEAN_DURATION
  }

  private final String nameZh;
  private final String nameEn;
  private final Kind kind;
  private final boolean higherIsBetter;
  private final String definition;

  Indicator(String nameZh, String nameEn, Kind kind, boolean higherIsBetter, String definition) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.kind = kind;
    this.higherIsBetter = higherIsBetter;
    this.definition = definition;
  }

  /** The Chinese name used in evaluation reports, such as 按期结案率. */
  public String nameZh() {
    return nameZh;
  }

  /** The English name, such as {@code on-time closing}. */
  public String nameEn() {
    return nameEn;
  }

  public Kind kind() {
    return kind;
  }

  /** True when a larger value is better; rework, extension and send-back rates and the times are not. */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** The formula with its numerator and denominator, as a report prints it under its table. */
  public String definition() {
    return definition;
  }
}
