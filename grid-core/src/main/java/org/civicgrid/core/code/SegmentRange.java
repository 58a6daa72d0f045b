package org.civicgrid.core.code;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An inclusive range of values a numeric code segment may take, with what the range means: GB/T
 * 10114 gives 001–099 to subdistricts (街道) and 100–199 to towns (镇), for example.
 */
public record SegmentRange(long from, long to, String meaning) {
  public SegmentRange {
    checkArgument(from >= 0 && from <= to, "bad range %s..%s", from, to);
    checkNotNull(meaning, "meaning");
  }

  public static SegmentRange of(long from, long to, String meaning) {
    return new SegmentRange(from, to, meaning);
  }

  public boolean contains(long value) {
    return value >= from && value <= to;
  }
}
