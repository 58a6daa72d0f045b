package org.civicgrid.core.layer;

import com.google.common.collect.ImmutableList;

/**
 * The departments whose specialist grids the seeds merge into one comprehensive grid (DOMAIN.md
 * §1): Tongnan's eight kinds and Fuxin's departments docked onto level-1 and level-2 social grids.
 * Starting points, not a closed list: declare others with {@link Department}'s constructor. The
 * constants are immutable and safe to share.
 */
public final class Departments {
  /** 公安: public security; its beats are police-station areas (警务区). */
  public static final Department PUBLIC_SECURITY = new Department("public-security", "公安", "public security");
  /** 市场监管: market supervision. */
  public static final Department MARKET_SUPERVISION =
      new Department("market-supervision", "市场监管", "market supervision");
  /** 城管: urban management. */
  public static final Department URBAN_MANAGEMENT = new Department("urban-management", "城管", "urban management");
  /** 民政: civil affairs, Fuxin's lead department for the comprehensive grid. */
  public static final Department CIVIL_AFFAIRS = new Department("civil-affairs", "民政", "civil affairs");
  /** 卫健: health. */
  public static final Department HEALTH = new Department("health", "卫健", "health");
  /** 应急管理: emergency management. */
  public static final Department EMERGENCY_MANAGEMENT =
      new Department("emergency-management", "应急管理", "emergency management");
  /** 政法综治: political-legal affairs and comprehensive public-order management. */
  public static final Department POLITICAL_LEGAL = new Department("political-legal", "政法综治", "political-legal");
  /** 信访: letters and visits (petitions). */
  public static final Department PETITIONS = new Department("petitions", "信访", "petitions");
  /** 司法: justice (judicial administration, mediation). */
  public static final Department JUSTICE = new Department("justice", "司法", "justice");
  /** 住建: housing and urban-rural development. */
  public static final Department HOUSING = new Department("housing", "住建", "housing");
  /** 水利: water resources. */
  public static final Department WATER = new Department("water", "水利", "water resources");
  /** 农业农村: agriculture and rural affairs. */
  public static final Department AGRICULTURE = new Department("agriculture", "农业农村", "agriculture and rural affairs");
  /** 党建: party building. */
  public static final Department PARTY_BUILDING = new Department("party-building", "党建", "party building");
  /** 人社: human resources and social security. */
  public static final Department HUMAN_RESOURCES =
      new Department("human-resources", "人社", "human resources and social security");

  private Departments() {}

  /** Every department above. */
  public static ImmutableList<Department> all() {
    return ImmutableList.of(PUBLIC_SECURITY, MARKET_SUPERVISION, URBAN_MANAGEMENT, CIVIL_AFFAIRS, HEALTH,
        EMERGENCY_MANAGEMENT, POLITICAL_LEGAL, PETITIONS, JUSTICE, HOUSING, WATER, AGRICULTURE, PARTY_BUILDING,
        HUMAN_RESOURCES);
  }

  /**
   * Tongnan's eight kinds of traditional grids merged into one (seed 000): party building,
   * political-legal, civil affairs, urban management, petitions, market supervision, health and
   * emergency management.
   */
  public static ImmutableList<Department> tongnan() {
    return ImmutableList.of(PARTY_BUILDING, POLITICAL_LEGAL, CIVIL_AFFAIRS, URBAN_MANAGEMENT, PETITIONS,
        MARKET_SUPERVISION, HEALTH, EMERGENCY_MANAGEMENT);
  }

  /**
   * Fuxin's departments whose specialist grids are docked onto level-1 or level-2 social grids
   * (seed 002): public security, civil affairs, justice, human resources, housing, agriculture,
   * water, health and market supervision.
   */
  public static ImmutableList<Department> fuxin() {
    return ImmutableList.of(PUBLIC_SECURITY, CIVIL_AFFAIRS, JUSTICE, HUMAN_RESOURCES, HOUSING, AGRICULTURE, WATER,
        HEALTH, MARKET_SUPERVISION);
  }
}
