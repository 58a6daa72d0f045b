package org.civicgrid.core.code;

/**
 * The code segments of China's national standards, for building level schemes. Nothing else in the
 * library depends on them: a scheme for another country declares its own segments.
 *
 * <ul>
 *   <li>GB/T 2260 administrative division code: six digits in three layers (province, city, county);
 *   <li>GB/T 10114 township segment: three digits whose range tells the kind of township;
 *   <li>the statistical village/community segment of the NBS 12-digit code;
 *   <li>the sequence segment of unit-grid codes (DB11/T 2157: 6 + 3 + 3 + 3 digits).
 * </ul>
 */
public final class StandardSegments {
  private StandardSegments() {}

  /** GB/T 2260 province layer (11 Beijing … 82 Macao). */
  public static final CodeSegment PROVINCE =
      CodeSegment.numeric("province", 2, SegmentRange.of(11, 82, "province"));

  /**
   * GB/T 2260 city layer. Besides ordinary prefecture-level cities, 01 and 02 also hold a
   * municipality's placeholder rows (市辖区, 县) and 90 the province-administered county-level units.
   */
  public static final CodeSegment CITY =
      CodeSegment.numeric("city", 2, SegmentRange.of(1, 99, "prefecture"));

  /** GB/T 2260 county layer: 01–20 city districts, 21–80 counties, 81–99 county-level cities. */
  public static final CodeSegment COUNTY = CodeSegment.numeric("county", 2,
      SegmentRange.of(1, 20, "district"),
      SegmentRange.of(21, 80, "county"),
      SegmentRange.of(81, 99, "county-level city"));

  /** GB/T 2260 full six-digit code as one segment, for schemes whose top is a county or district. */
  public static final CodeSegment ADMINISTRATIVE_DIVISION =
      CodeSegment.numeric("administrative division", 6, SegmentRange.of(110000, 829999, "GB/T 2260"));

  /** GB/T 10114 subdistrict (街道) values only: 001–099. */
  public static final CodeSegment SUBDISTRICT =
      CodeSegment.numeric("subdistrict", 3, SegmentRange.of(1, 99, "subdistrict"));

  /** GB/T 10114 rural township values only: 100–199 town (镇), 200–399 township (乡). */
  public static final CodeSegment RURAL_TOWNSHIP = CodeSegment.numeric("township", 3,
      SegmentRange.of(100, 199, "town"),
      SegmentRange.of(200, 399, "township"));

  /**
   * GB/T 10114 township segment, all kinds: 001–099 subdistrict, 100–199 town, 200–399 township,
   * 400–599 other (combined government–enterprise units, development zones).
   */
  public static final CodeSegment TOWNSHIP = CodeSegment.numeric("township", 3,
      SegmentRange.of(1, 99, "subdistrict"),
      SegmentRange.of(100, 199, "town"),
      SegmentRange.of(200, 399, "township"),
      SegmentRange.of(400, 599, "other"));

  /** NBS village/community segment: 001–199 residents' committee (社区), 200–399 villagers' committee (村). */
  public static final CodeSegment VILLAGE = CodeSegment.numeric("village", 3,
      SegmentRange.of(1, 199, "community"),
      SegmentRange.of(200, 399, "village"));

  /** NBS residents' committee (社区) values only: 001–199. */
  public static final CodeSegment URBAN_COMMUNITY =
      CodeSegment.numeric("community", 3, SegmentRange.of(1, 199, "community"));

  /** NBS villagers' committee (村) values only: 200–399. */
  public static final CodeSegment RURAL_VILLAGE =
      CodeSegment.numeric("village", 3, SegmentRange.of(200, 399, "village"));

  /** The unit-grid sequence segment with {@code length} digits (3 in DB11/T 2157, 2 in CJ/T 213). */
  public static CodeSegment gridSequence(int length) {
    return CodeSegment.sequence("grid sequence", length);
  }
}
