package org.civicgrid.core.staff;

import com.google.common.collect.ImmutableList;

/**
 * The duties the seeds name (DOMAIN.md §3): Wuhua's five duties (五员) of grid leaders and area
 * workers, its three (三员) of volunteer grid workers, and Beipiao's three of building and unit
 * leaders. Starting points: declare others with {@link Duty}'s constructor. The constants are
 * immutable and safe to share.
 */
public final class Duties {
  /** 政策法规宣传员: explains policies and laws to residents (五员). */
  public static final Duty POLICY_PUBLICIST = new Duty("policy-publicist", "政策法规宣传员", "policy publicist");
  /** 风险隐患巡查员: looks for risks and hazards on the rounds (五员). */
  public static final Duty RISK_INSPECTOR = new Duty("risk-inspector", "风险隐患巡查员", "risk inspector");
  /** 社情民意采集员: collects social conditions and residents' opinions (五员). */
  public static final Duty OPINION_COLLECTOR =
      new Duty("opinion-collector", "社情民意采集员", "information collector (social conditions and opinion)");
  /** 矛盾纠纷调解员: mediates disputes between residents (五员). */
  public static final Duty DISPUTE_MEDIATOR = new Duty("dispute-mediator", "矛盾纠纷调解员", "dispute mediator");
  /** 民生诉求服务员: serves residents' livelihood requests (五员). */
  public static final Duty LIVELIHOOD_SERVER = new Duty("livelihood-server", "民生诉求服务员", "livelihood server");
  /** 信息采集员: collects and checks the grid's basic records (三员 of volunteers). */
  public static final Duty INFORMATION_COLLECTOR =
      new Duty("information-collector", "信息采集员", "information collector");
  /** 政策宣讲员: speaks about policies at gatherings and door to door (三员 of volunteers). */
  public static final Duty POLICY_SPEAKER = new Duty("policy-speaker", "政策宣讲员", "policy speaker");
  /** 便民服务员: runs small errands and services for residents (三员 of volunteers). */
  public static final Duty CONVENIENCE_SERVER = new Duty("convenience-server", "便民服务员", "convenience server");
  /** 情报员: reports what happens in the building (Beipiao's building and unit leaders). */
  public static final Duty SITUATION_REPORTER = new Duty("situation-reporter", "情报员", "situation reporter");
  /** 信息员: keeps the building's household information current (Beipiao's building and unit leaders). */
  public static final Duty INFORMATION_OFFICER = new Duty("information-officer", "信息员", "information officer");
  /** 宣传员: passes notices on to the building's residents (Beipiao's building and unit leaders). */
  public static final Duty PUBLICIST = new Duty("publicist", "宣传员", "publicist");
  /** 日常巡查: patrols the grid every day (Beipiao's full-time workers: twice a day, an hour, a kilometre). */
  public static final Duty DAILY_PATROL = new Duty("daily-patrol", "日常巡查", "daily patrol");

  private Duties() {}

  /** Wuhua's 五员, the five duties of grid leaders and area workers (seed 004). */
  public static ImmutableList<Duty> fiveDuties() {
    return ImmutableList.of(POLICY_PUBLICIST, RISK_INSPECTOR, OPINION_COLLECTOR, DISPUTE_MEDIATOR, LIVELIHOOD_SERVER);
  }

  /** Wuhua's 三员, the three duties of volunteer grid workers (seed 004). */
  public static ImmutableList<Duty> threeDuties() {
    return ImmutableList.of(INFORMATION_COLLECTOR, POLICY_SPEAKER, CONVENIENCE_SERVER);
  }

  /** Beipiao's 情报员、信息员、宣传员, the duties of building and unit leaders (seed 003). */
  public static ImmutableList<Duty> buildingDuties() {
    return ImmutableList.of(SITUATION_REPORTER, INFORMATION_OFFICER, PUBLICIST);
  }
}
