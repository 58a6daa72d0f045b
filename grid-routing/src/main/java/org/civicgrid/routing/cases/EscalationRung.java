package org.civicgrid.routing.cases;

/**
 * A rung of the escalation ladder (上报): where a case stands between the grid worker who first has
 * it and the functional department at the top. The order is the ladder's, lowest first; a case
 * escalates only upward, and each rung at most once. Which unit stands at a rung for a given case is
 * the escalation package's business.
 */
public enum EscalationRung {
  /** The grid worker of the case's grid (网格员). */
  GRID_WORKER("网格员"),
  /** The community (社区) or village the grid belongs to. */
  COMMUNITY("社区"),
  /** The subdistrict or township centre (街道/乡镇). */
  SUBDISTRICT("街道/乡镇"),
  /** The county or district social-governance centre (区县社会治理中心). */
  DISTRICT_CENTRE("区县中心"),
  /** The matching functional department, assigned by the centre (对口职能部门). */
  DEPARTMENT("职能部门");

  private final String nameZh;

  EscalationRung(String nameZh) {
    this.nameZh = nameZh;
  }

  /** The Chinese name shown to operators. */
  public String nameZh() {
    return nameZh;
  }

  /** True when this rung is above {@code other} on the ladder. */
  public boolean isAbove(EscalationRung other) {
    return compareTo(other) > 0;
  }
}
