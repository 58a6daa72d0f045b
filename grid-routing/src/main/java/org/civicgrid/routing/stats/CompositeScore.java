package org.civicgrid.routing.stats;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The composite score of one group (a grid worker, a centre, a department) under a {@link
 * CompositeScheme}, with the parts it is made of so it can be explained and checked by hand.
 * Immutable and thread-safe.
 */
public final class CompositeScore {
  private final CompositeScheme scheme;
  private final ImmutableList<ScorePart> parts;

  CompositeScore(CompositeScheme scheme, ImmutableList<ScorePart> parts) {
    this.scheme = checkNotNull(scheme, "scheme");
    this.parts = checkNotNull(parts, "parts");
  }

  public CompositeScheme scheme() {
    return scheme;
  }

  /** One part per weighted indicator, in the scheme's order, applicable or not. */
  public ImmutableList<ScorePart> parts() {
    return parts;
  }

  /** The score from 0 to 100, the sum of the parts' contributions; empty when no indicator applies. */
  public OptionalDouble total() {
    double total = 0;
    boolean any = false;
    for (ScorePart part : parts) {
      if (part.rate().isApplicable()) {
        total += part.contribution();
        any = true;
      }
    }
    return any ? OptionalDouble.of(total) : OptionalDouble.empty();
  }

  /** The score and each part, one per line, as a report prints it under a table. */
  public String explain() {
    OptionalDouble total = total();
    StringBuilder text = new StringBuilder(scheme.id()).append(": ")
        .append(total.isPresent() ? String.format(Locale.ROOT, "%.2f", total.getAsDouble()) : "n/a");
    for (ScorePart part : parts) {
      text.append("\n  ").append(part.explain());
    }
    return text.toString();
  }

  @Override
  public String toString() {
    OptionalDouble total = total();
    return scheme.id() + " " + (total.isPresent() ? String.format(Locale.ROOT, "%.2f", total.getAsDouble()) : "n/a");
  }
}
