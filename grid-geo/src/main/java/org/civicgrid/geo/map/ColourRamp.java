package org.civicgrid.geo.map;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sequential colour ramp: light colours for low values, dark for high. A metric's range is cut
 * into as many equal classes as the ramp has colours, one colour each. Immutable and thread-safe.
 */
public final class ColourRamp {
  private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

  /** Yellow to red in five classes (ColorBrewer YlOrRd), readable in print and by most colour-blind readers. */
  public static final ColourRamp YELLOW_TO_RED =
      of("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026");

  /** Light to dark blue in five classes (ColorBrewer Blues). */
  public static final ColourRamp BLUES = of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c");

  private final ImmutableList<String> colours;

  private ColourRamp(ImmutableList<String> colours) {
    this.colours = colours;
  }

  /**
   * A ramp of the given colours, lightest first.
   *
   * @throws IllegalArgumentException unless there are 2 to 9 colours, each {@code #rrggbb} in lower case
   */
  public static ColourRamp of(String... colours) {
    List<String> list = List.of(colours);
    checkArgument(list.size() >= 2 && list.size() <= 9, "a ramp has 2 to 9 colours, not %s", list.size());
    for (String c : list) {
      checkArgument(HEX.matcher(c).matches(), "colour %s is not #rrggbb in lower case", c);
    }
    return new ColourRamp(ImmutableList.copyOf(list));
  }

  public ImmutableList<String> colours() {
    return colours;
  }

  /** The number of classes, one per colour. */
  public int classes() {
    return colours.size();
  }

  /**
   * The class of {@code value} in {@code [min, max]} cut into equal classes; the top class includes
   * {@code max}, and when {@code min == max} every value is in the top class.
   */
  public int classOf(double value, double min, double max) {
    if (max <= min) {
      return classes() - 1;
    }
    int k = (int) Math.floor((value - min) / (max - min) * classes());
    return Math.max(0, Math.min(classes() - 1, k));
  }

  /** The colour of {@code value} in {@code [min, max]}. */
  public String colourOf(double value, double min, double max) {
    return colours.get(classOf(value, min, max));
  }

  @Override
  public String toString() {
    return "ColourRamp" + colours;
  }
}
