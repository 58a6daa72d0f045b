package org.civicgrid.geo.layout.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.function.ToDoubleFunction;
import org.civicgrid.geo.layout.LayoutSettings;

/**
 * The generator's layout of one instance and gpmetis's at each seed, with the acceptance of issue 7:
 * the generator keeps every constraint (no grid crossing its parent, contiguous grids, every grid in
 * the band or flagged with its parent's reason) and its mean Polsby-Popper is at most {@link
 * #PP_SLACK} below gpmetis's median. Immutable.
 *
 * @param instance what was laid out, e.g. "household points, target 100"
 * @param settings the generator's settings; gpmetis's ufactor is 1000 × their band
 * @param units units over all parents
 * @param parents number of parents
 * @param seeds gpmetis's seeds, in the order of {@code gpmetis}
 * @param ours the generator's layout
 * @param gpmetis gpmetis's layout at each seed
 */
public record GpmetisResult(String instance, LayoutSettings settings, int units, int parents,
    ImmutableList<Integer> seeds, LayoutScore ours, ImmutableList<LayoutScore> gpmetis) {
  /** How far the generator's mean Polsby-Popper may fall below gpmetis's median. */
  public static final double PP_SLACK = 0.03;

  public GpmetisResult {
    checkArgument(!gpmetis.isEmpty() && gpmetis.size() == seeds.size(), "%s gpmetis layouts for seeds %s",
        gpmetis.size(), seeds);
  }

  /** The median over seeds (the mean of the middle two for an even count). */
  public double median(ToDoubleFunction<LayoutScore> figure) {
    double[] values = gpmetis.stream().mapToDouble(figure).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  /** The lowest value over seeds. */
  public double lowest(ToDoubleFunction<LayoutScore> figure) {
    return gpmetis.stream().mapToDouble(figure).min().orElseThrow();
  }

  /** The highest value over seeds. */
  public double highest(ToDoubleFunction<LayoutScore> figure) {
    return gpmetis.stream().mapToDouble(figure).max().orElseThrow();
  }

  /** Seeds at which gpmetis's layout breaks a constraint. */
  public long gpmetisSeedsViolating() {
    return gpmetis.stream().filter(s -> !s.keepsConstraints()).count();
  }

  /** Whether the generator keeps every constraint and is no less compact than gpmetis's median less the slack. */
  public boolean accepted() {
    return ours.keepsConstraints() && compactEnough();
  }

  private boolean compactEnough() {
    return ours.metrics().meanPolsbyPopper() >= median(s -> s.metrics().meanPolsbyPopper()) - PP_SLACK - 1e-12;
  }

  /** The acceptance in one sentence with its figures. */
  public String verdict() {
    return String.format("%s: ours %s (%d violations), gpmetis breaks some constraint at %d of %d seeds; ours PP"
        + " mean %.3f %s gpmetis median %.3f − %.2f", accepted() ? "PASS" : "FAIL",
        ours.keepsConstraints() ? "keeps every constraint" : "breaks constraints", ours.violations(),
        gpmetisSeedsViolating(), gpmetis.size(), ours.metrics().meanPolsbyPopper(), compactEnough() ? "≥" : "<",
        median(s -> s.metrics().meanPolsbyPopper()), PP_SLACK);
  }

  /** A Markdown table: the generator, gpmetis's median and gpmetis's worst over seeds, then the verdict. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("#### %s: %,d units in %d parents, band %.0f–%.0f, gpmetis seeds %s%n%n", instance,
        units, parents, settings.minimum(), settings.maximum(), seeds));
    out.append("| layout | grids | in band | outside band (unflagged) | not contiguous | crossing a parent"
        + " | empty grids | PP mean | PP p10 | hull ratio | partition s CPU (wall) |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    out.append(row("ours", ours));
    out.append(String.format("| gpmetis median | %.0f | %.1f %% | %.0f (%.0f) | %.0f | %.0f | %.0f | %.3f | %.3f | %.3f"
        + " | %.2f (%.2f) |%n", median(s -> s.metrics().grids()), 100 * median(s -> s.metrics().withinBand()),
        median(LayoutScore::outsideBand), median(LayoutScore::unflaggedOutsideBand), median(LayoutScore::notContiguous),
        median(LayoutScore::crossings), median(LayoutScore::emptyGrids), median(s -> s.metrics().meanPolsbyPopper()),
        median(s -> s.metrics().p10PolsbyPopper()), median(s -> s.metrics().meanHullRatio()),
        median(LayoutScore::seconds), median(LayoutScore::wallSeconds)));
    out.append(String.format("| gpmetis worst | %.0f | %.1f %% | %.0f (%.0f) | %.0f | %.0f | %.0f | %.3f | %.3f | %.3f"
        + " | %.2f (%.2f) |%n", lowest(s -> s.metrics().grids()), 100 * lowest(s -> s.metrics().withinBand()),
        highest(LayoutScore::outsideBand), highest(LayoutScore::unflaggedOutsideBand),
        highest(LayoutScore::notContiguous), highest(LayoutScore::crossings), highest(LayoutScore::emptyGrids),
        lowest(s -> s.metrics().meanPolsbyPopper()), lowest(s -> s.metrics().p10PolsbyPopper()),
        lowest(s -> s.metrics().meanHullRatio()), highest(LayoutScore::seconds), highest(LayoutScore::wallSeconds)));
    return out.append('\n').append(verdict()).append('\n').toString();
  }

  private static String row(String name, LayoutScore score) {
    return String.format("| %s | %d | %.1f %% | %d (%d) | %d | %d | %d | %.3f | %.3f | %.3f | %.2f (%.2f) |%n", name,
        score.metrics().grids(), 100 * score.metrics().withinBand(), score.outsideBand(), score.unflaggedOutsideBand(),
        score.notContiguous(), score.crossings(), score.emptyGrids(), score.metrics().meanPolsbyPopper(),
        score.metrics().p10PolsbyPopper(), score.metrics().meanHullRatio(), score.seconds(), score.wallSeconds());
  }
}
