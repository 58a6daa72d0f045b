package org.civicgrid.geo.layout.io;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One thing wrong in a layout file: the file's name, where ({@code "line 17"}, {@code "feature 3
 * (line 12, code 210902001001)"}) and what. Immutable.
 *
 * @param file the file's name as given to the reader
 * @param location the line or feature, or {@code "file"} for the file as a whole
 * @param problem what is wrong, in words
 */
public record LayoutFileProblem(String file, String location, String problem) {
  public LayoutFileProblem {
    checkNotNull(file, "file");
    checkNotNull(location, "location");
    checkNotNull(problem, "problem");
  }

  /** {@code "households.csv line 17: households 'x' is not a whole number"}. */
  @Override
  public String toString() {
    return file + " " + location + ": " + problem;
  }
}
