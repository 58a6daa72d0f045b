package org.civicgrid.geo.layout.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * A layout file that could not be read, so nothing of it was returned. Carries the file's problems
 * in file order, up to {@value #SHOWN}, and how many more there were; the message is one problem a
 * line, such as {@code "households.csv line 17: households 'x' is not a whole number"}. Code {@link
 * ErrorCode#MALFORMED_INPUT}.
 */
public final class LayoutFileException extends CivicGridException {
  /** The most problems kept and shown; the rest are counted. */
  public static final int SHOWN = 20;

  private static final long serialVersionUID = 1L;

  private final String file;
  private final ImmutableList<LayoutFileProblem> problems;
  private final int more;

  LayoutFileException(String file, List<LayoutFileProblem> problems, int more) {
    super(ErrorCode.MALFORMED_INPUT, summary(problems, more));
    checkArgument(!problems.isEmpty(), "a file exception needs a problem");
    this.file = file;
    this.problems = ImmutableList.copyOf(problems);
    this.more = more;
  }

  /** The file's name as given to the reader. */
  public String file() {
    return file;
  }

  /** Where the first problem is. */
  public String location() {
    return problems.get(0).location();
  }

  /** What the first problem is. */
  public String problem() {
    return problems.get(0).problem();
  }

  /** The problems kept, in file order, at most {@value #SHOWN}. */
  public ImmutableList<LayoutFileProblem> problems() {
    return problems;
  }

  /** How many problems were found beyond those kept. */
  public int more() {
    return more;
  }

  private static String summary(List<LayoutFileProblem> problems, int more) {
    StringBuilder s = new StringBuilder();
    for (LayoutFileProblem p : problems) {
      s.append(s.length() == 0 ? "" : "\n").append(p);
    }
    if (more > 0) {
      s.append("\n… and ").append(more).append(" more");
    }
    return s.toString();
  }
}
