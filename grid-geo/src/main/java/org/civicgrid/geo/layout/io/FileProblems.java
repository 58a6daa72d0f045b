package org.civicgrid.geo.layout.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one file as it is read, keeping the first {@value LayoutFileException#SHOWN}
 * and counting the rest, so a reader can report everything at once and return nothing. Not
 * thread-safe; one per read.
 */
final class FileProblems {
  private final String file;
  private final List<LayoutFileProblem> kept = new ArrayList<>();
  private int more;

  FileProblems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void add(String location, String problem) {
    if (kept.size() < LayoutFileException.SHOWN) {
      kept.add(new LayoutFileProblem(file, location, problem));
    } else {
      more++;
    }
  }

  boolean isEmpty() {
    return kept.isEmpty();
  }

  /** Throws when any problem was found. */
  void throwIfAny() {
    if (!kept.isEmpty()) {
      throw new LayoutFileException(file, kept, more);
    }
  }
}
