package org.civicgrid.core.staff;

/**
 * How an {@link Assignment} ties a person to a grid: a post in the grid's own team, or one of the ways
 * cadres are linked to grids (干部进格, Tongnan seed 000; Beipiao seed 003). A cadre's link is an
 * assignment like any other, usually as {@link Roles#LIAISON_CADRE}, so "all grids person P serves"
 * includes them. Immutable.
 */
public enum LinkKind {
  /** A post in the grid's own team (the grid leader, its workers, building leaders, …). */
  TEAM_POST("团队岗位"),
  /** 联网进格: a district or county leader links the grid (Tongnan: each of 36 links 1 urban + 1 rural grid). */
  LINKED("联网进格"),
  /** 包网进格: a town or subdistrict leader takes charge of the grid (Tongnan: 245, each a complex grid). */
  CONTRACTED("包网进格"),
  /** 驻网进格: a village or community cadre is stationed in the grid (Tongnan: 1,600). */
  STATIONED("驻网进格"),
  /** 双报到, the work-unit half: a cadre registers with the grid of the unit they work at. */
  WORKPLACE_REGISTRATION("单位报到"),
  /** 双报到, the residence half: the same cadre registers with the grid they live in. */
  RESIDENCE_REGISTRATION("居住地报到");

  private final String nameZh;

  LinkKind(String nameZh) {
    this.nameZh = nameZh;
  }

  public String nameZh() {
    return nameZh;
  }

  /** True for every link of a cadre, false for a post in the grid's own team. */
  public boolean isCadreLink() {
    return this != TEAM_POST;
  }

  /** True for either half of 双报到, the dual registration at the work-unit and at the residence grid. */
  public boolean isDualRegistration() {
    return this == WORKPLACE_REGISTRATION || this == RESIDENCE_REGISTRATION;
  }
}
