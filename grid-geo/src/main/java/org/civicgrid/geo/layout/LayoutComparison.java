package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Two layouts of the same territory side by side: both {@link LayoutReport}s over the same sites, and
 * how many households would change grid going from A to B.
 *
 * <p><b>Which grid is which.</b> Codes need not agree between layouts, so A's grids are matched to B's
 * one-to-one by the households they share: every pair of an A grid and a B grid sharing households is
 * taken in order of most shared households (ties by A's code, then B's), and matched when neither grid
 * is matched yet. A household <em>stays</em> when its A grid is matched to its B grid; every other
 * household changes grid. Grids left unmatched are only in A or only in B. Greedy matching is not always
 * the matching that keeps most households, but it is deterministic, and on re-divisions, where most grids
 * keep most of their households, it is the obvious one.
 *
 * <p>Immutable and thread-safe.
 */
public final class LayoutComparison {
  private static final int LISTED_CODES = 20;

  private final LayoutReport a;
  private final LayoutReport b;
  private final long households;
  private final long changing;
  private final ImmutableMap<String, String> matches;
  private final ImmutableList<String> onlyInA;
  private final ImmutableList<String> onlyInB;

  private LayoutComparison(LayoutReport a, LayoutReport b, long households, long changing,
      ImmutableMap<String, String> matches, ImmutableList<String> onlyInA, ImmutableList<String> onlyInB) {
    this.a = a;
    this.b = b;
    this.households = households;
    this.changing = changing;
    this.matches = matches;
    this.onlyInA = onlyInA;
    this.onlyInB = onlyInB;
  }

  /**
   * Layouts {@code a} and {@code b} compared over {@code sites}, each reported against {@code settings}.
   *
   * @throws LayoutInputException naming how many sites lie outside one layout or the other and the first
   *     of them: the layouts are not of the same territory
   */
  public static LayoutComparison of(Layout a, Layout b, List<HouseholdSite> sites, LayoutSettings settings) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    checkNotNull(sites, "sites");
    checkNotNull(settings, "settings");
    LayoutReport reportA = LayoutReport.of(a, sites, settings);
    LayoutReport reportB = LayoutReport.of(b, sites, settings);
    int[] inA = reportA.assignment().gridOf;
    int[] inB = reportB.assignment().gridOf;
    int outside = 0;
    int first = -1;
    for (int s = 0; s < sites.size(); s++) {
      if (inA[s] < 0 || inB[s] < 0) {
        outside++;
        first = first < 0 ? s : first;
      }
    }
    if (outside > 0) {
      HouseholdSite site = sites.get(first);
      throw new LayoutInputException(String.format(Locale.ROOT,
          "%d of %d sites lie outside layout A or B, so they are not of the same territory; the first, site %d "
              + "at (%s, %s) with %d households, lies outside %s", outside, sites.size(), first, site.east(),
          site.north(), site.households(), inA[first] < 0 && inB[first] < 0 ? "both" : inA[first] < 0 ? "A" : "B"));
    }
    List<String> codesA = a.grids().stream().map(LayoutGrid::code).toList();
    List<String> codesB = b.grids().stream().map(LayoutGrid::code).toList();
    Map<Long, long[]> shared = new HashMap<>();
    long households = 0;
    for (int s = 0; s < sites.size(); s++) {
      int weight = sites.get(s).households();
      households += weight;
      shared.computeIfAbsent((long) inA[s] * codesB.size() + inB[s], k -> new long[1])[0] += weight;
    }
    List<long[]> pairs = new ArrayList<>(shared.size());
    shared.forEach((key, count) -> pairs.add(new long[] {key / codesB.size(), key % codesB.size(), count[0]}));
    pairs.sort((p, q) -> p[2] != q[2] ? Long.compare(q[2], p[2])
        : !codesA.get((int) p[0]).equals(codesA.get((int) q[0]))
            ? codesA.get((int) p[0]).compareTo(codesA.get((int) q[0]))
            : codesB.get((int) p[1]).compareTo(codesB.get((int) q[1])));
    boolean[] matchedA = new boolean[codesA.size()];
    boolean[] matchedB = new boolean[codesB.size()];
    Map<String, String> matches = new HashMap<>();
    long stays = 0;
    for (long[] pair : pairs) {
      int ga = (int) pair[0];
      int gb = (int) pair[1];
      if (!matchedA[ga] && !matchedB[gb]) {
        matchedA[ga] = true;
        matchedB[gb] = true;
        matches.put(codesA.get(ga), codesB.get(gb));
        stays += pair[2];
      }
    }
    ImmutableMap.Builder<String, String> ordered = ImmutableMap.builder();
    codesA.stream().filter(matches::containsKey).forEach(code -> ordered.put(code, matches.get(code)));
    return new LayoutComparison(reportA, reportB, households, households - stays, ordered.build(),
        unmatched(codesA, matchedA), unmatched(codesB, matchedB));
  }

  private static ImmutableList<String> unmatched(List<String> codes, boolean[] matched) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (int g = 0; g < codes.size(); g++) {
      if (!matched[g]) {
        out.add(codes.get(g));
      }
    }
    return out.build();
  }

  /** The report of layout A. */
  public LayoutReport a() {
    return a;
  }

  /** The report of layout B. */
  public LayoutReport b() {
    return b;
  }

  /** Households of all sites, every one of which lies in a grid of each layout. */
  public long households() {
    return households;
  }

  /** Households whose A grid is not matched to their B grid. */
  public long householdsChangingGrid() {
    return changing;
  }

  /** {@link #householdsChangingGrid()} over {@link #households()}, 0–1; 0 when there are no households. */
  public double shareChangingGrid() {
    return households == 0 ? 0 : (double) changing / households;
  }

  /** Each matched grid of A, in A's order, with its B grid. */
  public ImmutableMap<String, String> matches() {
    return matches;
  }

  /** A's grids matched to no grid of B, in A's order. */
  public ImmutableList<String> onlyInA() {
    return onlyInA;
  }

  /** B's grids matched to no grid of A, in B's order. */
  public ImmutableList<String> onlyInB() {
    return onlyInB;
  }

  /** The summaries side by side (metric | A | B | B−A) and the households changing grid, as Markdown. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder("# Layout comparison\n\n")
        .append(sideBySide(a.summary().figures(), b.summary().figures()));
    md.append(String.format(Locale.ROOT, "%n## Households changing grid%n%n%d of %d households (%s %%) change grid. "
            + "Grids are matched one-to-one by most shared households (greedy, ties by code): %d matched, "
            + "%d only in A, %d only in B.%n", changing, households,
        LayoutReportText.number(100 * shareChangingGrid()), matches.size(), onlyInA.size(), onlyInB.size()));
    listed(md, "Only in A", onlyInA);
    listed(md, "Only in B", onlyInB);
    return md.toString();
  }

  /**
   * Two sets of named figures as a Markdown table, metric | A | B | B−A, in A's order and then B's
   * own; "–" where one lacks a figure.
   */
  public static String sideBySide(Map<String, Double> a, Map<String, Double> b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    Set<String> names = new LinkedHashSet<>(a.keySet());
    names.addAll(b.keySet());
    StringBuilder md = new StringBuilder("| metric | A | B | B−A |\n|---|---:|---:|---:|\n");
    for (String name : names) {
      LayoutReportText.figureRow(md, name, a, b);
    }
    return md.toString();
  }

  private static void listed(StringBuilder md, String title, List<String> codes) {
    if (!codes.isEmpty()) {
      md.append('\n').append(title).append(": ")
          .append(String.join(", ", codes.subList(0, Math.min(LISTED_CODES, codes.size()))))
          .append(codes.size() > LISTED_CODES ? ", … (" + codes.size() + " in all)" : "").append(".\n");
    }
  }

  @Override
  public String toString() {
    return "LayoutComparison[" + changing + " of " + households + " households change grid]";
  }
}
