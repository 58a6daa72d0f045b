package org.civicgrid.core.scheme;

import static org.civicgrid.core.code.StandardSegments.ADMINISTRATIVE_DIVISION;

import com.google.common.collect.ImmutableList;
import org.civicgrid.core.code.CodeSegment;
import org.civicgrid.core.code.StandardSegments;

/**
 * Level schemes of real places (see DOMAIN.md §2), as starting points: copy one and change it, or
 * declare your own with {@link LevelScheme#of}. Household bands are the places' published sizes
 * with ± 20 % slack; they are guidance, and breaking them is a warning, never an error.
 */
public final class LevelSchemes {
  private LevelSchemes() {}

  /**
   * The statistical division tree of the National Bureau of Statistics: province (2 digits), city
   * (4), county (6), township (9), village or community (12). A township may hang directly under a
   * city that has no county level (Dongguan, Zhongshan), its code padded with zeros.
   */
  public static LevelScheme nbs() {
    return LevelScheme.of("nbs", "NBS statistical divisions", ImmutableList.of(
        Level.builder("province").names("省", "province").code(2, StandardSegments.PROVINCE).build(),
        Level.builder("city").names("地市", "city").code(4, StandardSegments.CITY).under("province").build(),
        Level.builder("county").names("县区", "county").code(6, StandardSegments.COUNTY).under("city").build(),
        Level.builder("township").names("乡镇街道", "township").code(9, StandardSegments.TOWNSHIP)
            .under("county", "city").build(),
        Level.builder("village").names("村社区", "village").code(12, StandardSegments.VILLAGE)
            .under("township").build()));
  }

  /**
   * Fuxin (Liaoning): a county or district whose urban branch has four grid levels — subdistrict,
   * community, residential compound, building (≈ 100 households) — and whose rural branch has three:
   * township, village, hamlet or villager group (≈ 50 households).
   */
  public static LevelScheme fuxin() {
    return LevelScheme.of("fuxin", "Fuxin urban and rural grids", ImmutableList.of(
        county(),
        Level.builder("subdistrict").names("街道", "subdistrict").code(9, StandardSegments.SUBDISTRICT)
            .under("county").build(),
        Level.builder("community").names("社区", "community").code(12, StandardSegments.URBAN_COMMUNITY)
            .under("subdistrict").build(),
        Level.builder("compound").names("小区", "residential compound").code(15, sequence(3))
            .under("community").build(),
        Level.builder("building-grid").names("楼栋", "building grid").code(18, sequence(3))
            .households(HouseholdBand.around(100, 20)).under("compound").build(),
        Level.builder("township").names("乡镇", "township").code(9, StandardSegments.RURAL_TOWNSHIP)
            .under("county").build(),
        Level.builder("village").names("村", "village").code(12, StandardSegments.RURAL_VILLAGE)
            .under("township").build(),
        Level.builder("hamlet").names("屯组", "hamlet").code(15, sequence(3))
            .households(HouseholdBand.around(50, 20)).under("village").build()));
  }

  /**
   * Wuhua (Guangdong): every village or community is a level-1 grid, divided into level-2 areas
   * (片区) and those into level-3 grids (Xihe community: 1, 3 and 92).
   */
  public static LevelScheme wuhua() {
    return LevelScheme.of("wuhua", "Wuhua three-level grids", ImmutableList.of(
        county(),
        Level.builder("township").names("镇街", "township").code(9, StandardSegments.TOWNSHIP).under("county").build(),
        Level.builder("community").names("村社区", "village or community").code(12, StandardSegments.VILLAGE)
            .under("township").build(),
        Level.builder("area").names("片区", "area").code(15, sequence(3)).under("community").build(),
        Level.builder("grid").names("网格", "grid").code(18, sequence(3)).under("area").build()));
  }

  /**
   * Beipiao (Liaoning): communities divided into grids of ≈ 300 households; buildings and their
   * units are recorded as places inside the grids, where building and unit leaders serve.
   */
  public static LevelScheme beipiao() {
    return LevelScheme.of("beipiao", "Beipiao community grids", ImmutableList.of(
        county(),
        Level.builder("subdistrict").names("街道", "subdistrict").code(9, StandardSegments.SUBDISTRICT)
            .under("county").build(),
        Level.builder("community").names("社区", "community").code(12, StandardSegments.URBAN_COMMUNITY)
            .under("subdistrict").build(),
        Level.builder("grid").names("网格", "grid").code(15, sequence(3))
            .households(HouseholdBand.around(300, 20)).under("community").build()));
  }

  /**
   * Unit grids of digital city management (DB11/T 2157): district (6 digits), subdistrict or
   * township (3), community (3), then a grid sequence of {@code sequenceLength} digits — 3 gives the
   * 15-digit code, 2 the older 14-digit one.
   */
  public static LevelScheme unitGrids(int sequenceLength) {
    return LevelScheme.of("unit-grid-" + sequenceLength, "Unit grids, " + (12 + sequenceLength) + "-digit codes",
        ImmutableList.of(
            county(),
            Level.builder("township").names("街道乡镇", "subdistrict or township").code(9, StandardSegments.TOWNSHIP)
                .under("county").build(),
            Level.builder("community").names("社区村", "community or village").code(12, StandardSegments.VILLAGE)
                .under("township").build(),
            Level.builder("unit-grid").names("单元网格", "unit grid")
                .code(12 + sequenceLength, StandardSegments.gridSequence(sequenceLength)).under("community").build()));
  }

  private static Level county() {
    return Level.builder("county").names("县区", "county or district").code(6, ADMINISTRATIVE_DIVISION).build();
  }

  private static CodeSegment sequence(int length) {
    return CodeSegment.sequence("grid sequence", length);
  }
}
