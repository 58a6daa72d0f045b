package org.civicgrid.geo.layout.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;

/**
 * Turns the geo module's GeoJSON findings into layout-file problems: the feature's index, line and
 * code (which the readers put in the subject and at the end of the message) become the location.
 * Stateless.
 */
final class FindingProblems {
  /** How the GeoJSON readers end a feature's message: {@code " (feature #3, line 17)"}. */
  private static final Pattern WHERE = Pattern.compile("(?s)(.*) \\(feature #(\\d+), line (\\d+)\\)$");
  private static final Pattern UNNAMED = Pattern.compile("feature #\\d+");

  private FindingProblems() {}

  /** Adds every error of a failed import. */
  static void addErrors(ImportFailedException e, FileProblems problems) {
    addErrors(e.report(), problems);
  }

  /** Adds every error of {@code report}; warnings and notes are not problems. */
  static void addErrors(Report report, FileProblems problems) {
    for (Finding f : report.withSeverity(Severity.ERROR)) {
      add(f, problems);
    }
  }

  private static void add(Finding f, FileProblems problems) {
    Matcher m = WHERE.matcher(f.message());
    if (!m.matches()) {
      String location = f.subject().startsWith("line ") || f.subject().equals("crs") ? f.subject() : "file";
      problems.add(location, f.message());
      return;
    }
    String code = UNNAMED.matcher(f.subject()).matches() ? null : f.subject();
    String message = m.group(1);
    boolean bare = message.startsWith("is ") || message.startsWith("has ");
    String problem = bare ? (code == null ? "feature " : code + " ") + message : message;
    problems.add(feature(Integer.parseInt(m.group(2)), code, Integer.parseInt(m.group(3))), problem);
  }

  /** {@code "feature 3 (code 210902001001, line 17)"}; code null and line 0 are left out. */
  static String feature(int index, String code, int line) {
    String details = (code == null ? "" : "code " + code) + (line <= 0 ? "" : (code == null ? "" : ", ") + "line " + line);
    return "feature " + index + (details.isEmpty() ? "" : " (" + details + ")");
  }
}
