package org.civicgrid.core.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of realistic NBS division tables (统计用区划代码) for benchmarks and scale tests,
 * so that no large data file is ever committed. The same seed and shape always give the same bytes.
 *
 * <p>{@link Shape#NATIONAL} gives about 700,000 rows: the 31 real provinces, about 330 cities, 2,850
 * counties, 38,000 townships and 660,000 villages, close to the real table's proportions. Codes are
 * written in the 12-digit zero-padded form under a header row, as the NBS publishes them. They follow
 * the standards: county segments 01–20 districts, 21–80 counties, 81–99 county-level cities (GB/T
 * 2260); township segments 001–099 subdistricts, 100–199 towns, 200–399 townships and a few 400–599
 * farms (GB/T 10114); village segments 001–199 communities and 200–399 villages. The real quirks are
 * there too: municipalities' 市辖区 and 县 placeholder cities, provinces' 省直辖县级行政区划, a few
 * development zones at county level, and cities without counties (Dongguan, Zhongshan, Danzhou)
 * whose townships hang directly under the city. Names repeat across parents, never under one.
 *
 * <p>Not thread-safe: one instance generates one table.
 */
public final class NationalDivisions {
  /** How many divisions of each level, on average, under one of the level above. */
  public record Shape(int provinces, double citiesPerProvince, double countiesPerCity,
      double townshipsPerCounty, double villagesPerTownship) {
    /** The national table: about 700,000 rows. */
    public static final Shape NATIONAL = new Shape(31, 11.2, 8.6, 13.3, 17.0);
    /** A few provinces, a few thousand rows: for tests. */
    public static final Shape SMALL = new Shape(4, 3, 4, 5, 8);

    public Shape {
      checkArgument(provinces >= 1 && provinces <= PROVINCES.size(), "provinces %s outside 1..31", provinces);
    }
  }

  /** A generated table: its UTF-8 bytes and the number of data rows (the header not counted). */
  public record Table(byte[] csv, int rows) {}

  private record Province(int code, String name) {}

  private static final List<Province> PROVINCES = List.of(
      new Province(11, "北京市"), new Province(12, "天津市"), new Province(13, "河北省"), new Province(14, "山西省"),
      new Province(15, "内蒙古自治区"), new Province(21, "辽宁省"), new Province(22, "吉林省"),
      new Province(23, "黑龙江省"), new Province(31, "上海市"), new Province(32, "江苏省"), new Province(33, "浙江省"),
      new Province(34, "安徽省"), new Province(35, "福建省"), new Province(36, "江西省"), new Province(37, "山东省"),
      new Province(41, "河南省"), new Province(42, "湖北省"), new Province(43, "湖南省"), new Province(44, "广东省"),
      new Province(45, "广西壮族自治区"), new Province(46, "海南省"), new Province(50, "重庆市"),
      new Province(51, "四川省"), new Province(52, "贵州省"), new Province(53, "云南省"), new Province(54, "西藏自治区"),
      new Province(61, "陕西省"), new Province(62, "甘肃省"), new Province(63, "青海省"),
      new Province(64, "宁夏回族自治区"), new Province(65, "新疆维吾尔自治区"));
  private static final Set<Integer> MUNICIPALITIES = Set.of(11, 12, 31, 50);
  private static final String SYLLABLES = "东西南北中新和平安康兴华明光永丰阳山河湖城关长青红星金桥花园前后上下白石龙凤";

  private final Random random;
  private final Shape shape;
  private final StringBuilder out = new StringBuilder(1 << 20);
  private int rows;

  private NationalDivisions(long seed, Shape shape) {
    this.random = new Random(seed);
    this.shape = shape;
  }

  /** Generates the table of {@code shape} from {@code seed}. */
  public static Table generate(long seed, Shape shape) {
    NationalDivisions g = new NationalDivisions(seed, shape);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      w.write("统计用区划代码,名称\n");
      for (Province p : PROVINCES.subList(0, shape.provinces())) {
        g.province(p);
        w.append(g.out);
        g.out.setLength(0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Table(bytes.toByteArray(), g.rows);
  }

  private void province(Province p) {
    long code = p.code() * 10_000_000_000L;
    row(code, p.name());
    Set<String> names = new HashSet<>();
    if (MUNICIPALITIES.contains(p.code())) {
      city(code + 100_000_000L, "市辖区", count(shape.countiesPerCity() * 2));
      if (p.code() == 50) {
        city(code + 200_000_000L, "县", count(shape.countiesPerCity()));
      }
      return;
    }
    int cities = count(shape.citiesPerProvince());
    if (p.code() == 44) {
      cities = Math.max(cities, 21);
    } else if (p.code() == 46) {
      cities = Math.max(cities, 4);
    }
    for (int city = 1; city <= cities; city++) {
      long cityCode = code + city * 100_000_000L;
      if (p.code() == 44 && (city == 19 || city == 20)) {
        cityWithoutCounties(cityCode, city == 19 ? "东莞市" : "中山市");
      } else if (p.code() == 46 && city == 4) {
        cityWithoutCounties(cityCode, "儋州市");
      } else {
        city(cityCode, name(names, "市"), count(shape.countiesPerCity()));
      }
    }
    if (p.code() == 41 || p.code() == 42 || p.code() == 46 || p.code() == 65) {
      city(code + 9_000_000_000L, p.code() == 65 ? "自治区直辖县级行政区划" : "省直辖县级行政区划", 4);
    }
  }

  /**
   * A city and its counties: districts 01–20, counties 21–70, development zones 71–79 (about one in
   * a hundred), county-level cities 81–99.
   */
  private void city(long code, String name, int counties) {
    row(code, name);
    Set<String> names = new HashSet<>();
    int district = 1;
    int county = 21;
    int zone = 71;
    int countyCity = 81;
    for (int i = 0; i < counties; i++) {
      double kind = random.nextDouble();
      if (kind < 0.01 && zone <= 79) {
        county(code + zone++ * 1_000_000L, name(names, "经济技术开发区"));
      } else if (kind < 0.35 && district <= 20) {
        county(code + district++ * 1_000_000L, name(names, "区"));
      } else if ((kind < 0.85 || countyCity > 99) && county <= 70) {
        county(code + county++ * 1_000_000L, name(names, "县"));
      } else if (countyCity <= 99) {
        county(code + countyCity++ * 1_000_000L, name(names, "市"));
      }
    }
  }

  private void cityWithoutCounties(long code, String name) {
    row(code, name);
    townships(code, count(shape.townshipsPerCounty() * 2));
  }

  private void county(long code, String name) {
    row(code, name);
    townships(code, count(shape.townshipsPerCounty()));
  }

  /** Subdistricts from 001, towns from 100, townships from 200 and, about one in a hundred, farms from 400. */
  private void townships(long parent, int townships) {
    Set<String> names = new HashSet<>();
    int subdistrict = 1;
    int town = 100;
    int township = 200;
    int farm = 400;
    for (int i = 0; i < townships; i++) {
      double kind = random.nextDouble();
      if (kind < 0.01) {
        township(parent + farm++ * 1_000L, name(names, "农场"), false);
      } else if (kind < 0.30) {
        township(parent + subdistrict++ * 1_000L, name(names, "街道"), true);
      } else if (kind < 0.75) {
        township(parent + town++ * 1_000L, name(names, "镇"), false);
      } else {
        township(parent + township++ * 1_000L, name(names, "乡"), false);
      }
    }
  }

  /** Communities from 001 (all of a subdistrict's, some of a town's), villages from 200. */
  private void township(long code, String name, boolean urban) {
    row(code, name);
    Set<String> names = new HashSet<>();
    int villages = count(shape.villagesPerTownship());
    int community = 1;
    int village = 200;
    for (int i = 0; i < villages; i++) {
      if (urban || random.nextDouble() < 0.15) {
        row(code + community++, name(names, "社区居委会"));
      } else {
        row(code + village++, name(names, "村委会"));
      }
    }
  }

  /** Two random syllables and a suffix, not yet in {@code taken}; a number is added when they run out. */
  private String name(Set<String> taken, String suffix) {
    while (true) {
      StringBuilder name = new StringBuilder()
          .append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())))
          .append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
      if (taken.size() > SYLLABLES.length() * SYLLABLES.length() / 2) {
        name.append(taken.size());
      }
      String candidate = name.append(suffix).toString();
      if (taken.add(candidate)) {
        return candidate;
      }
    }
  }

  /** A count around {@code mean}: uniform within ± 25 % of it, at least 1. */
  private int count(double mean) {
    return Math.max(1, (int) Math.round(mean * (0.75 + random.nextDouble() / 2)));
  }

  private void row(long code, String name) {
    String digits = Long.toString(code);
    out.append("000000000000", 0, 12 - digits.length()).append(digits).append(',').append(name).append('\n');
    rows++;
  }
}
