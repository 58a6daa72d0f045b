package org.civicgrid.routing.cases;

/**
 * The grade of a supervision notice (督办) on a case: a normal notice, a yellow card or a red card,
 * as TianQue's platform issues them. Yellow and red cards are issued once per rung when the rung's
 * deadline is overdue by configured amounts and cost the unit points; a normal notice is a centre's
 * reminder and may be given any number of times.
 */
public enum SupervisionCard {
  /** A normal supervision notice (普通督办). */
  NORMAL("普通督办"),
  /** A yellow card (黄牌督办): overdue by the first threshold. */
  YELLOW("黄牌督办"),
  /** A red card (红牌督办): overdue by the second threshold. */
  RED("红牌督办");

  private final String nameZh;

  SupervisionCard(String nameZh) {
    this.nameZh = nameZh;
  }

  /** The Chinese name shown to operators. */
  public String nameZh() {
    return nameZh;
  }

  /** True for the cards issued at most once per rung: yellow and red. */
  public boolean isOncePerRung() {
    return this != NORMAL;
  }
}
