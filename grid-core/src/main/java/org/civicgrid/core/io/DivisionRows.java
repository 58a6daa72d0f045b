package org.civicgrid.core.io;

import static org.civicgrid.core.io.DivisionCodes.CITY;
import static org.civicgrid.core.io.DivisionCodes.COUNTY;
import static org.civicgrid.core.io.DivisionCodes.TOWNSHIP;
import static org.civicgrid.core.io.DivisionTableRule.CITY_WITHOUT_COUNTIES;
import static org.civicgrid.core.io.DivisionTableRule.DUPLICATE_CODE;
import static org.civicgrid.core.io.DivisionTableRule.EMPTY_TABLE;
import static org.civicgrid.core.io.DivisionTableRule.MALFORMED_CODE;
import static org.civicgrid.core.io.DivisionTableRule.MISSING_NAME;
import static org.civicgrid.core.io.DivisionTableRule.NON_ADMINISTRATIVE;
import static org.civicgrid.core.io.DivisionTableRule.NOT_UTF8;
import static org.civicgrid.core.io.DivisionTableRule.NO_PARENT;
import static org.civicgrid.core.io.DivisionTableRule.PLACEHOLDER;
import static org.civicgrid.core.io.DivisionTableRule.REPEATED_NAME;
import static org.civicgrid.core.io.DivisionTableRule.TOO_MANY_ERRORS;
import static org.civicgrid.core.io.DivisionTableRule.UNKNOWN_PARENT;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.code.InvalidCodeException;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridKind;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.hierarchy.InvalidHierarchyException;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Rule;
import org.civicgrid.core.scheme.Level;

/**
 * The rows of one division-table import, turned into grid nodes as they stream in: codes are
 * normalised (zero-padded segments stripped), checked, indexed, hung under their parent (reusing the
 * parent's code instance) and classified (placeholder, non-administrative). Rows whose parent has
 * not been seen yet wait until the end. {@link #finish()} then builds and validates the hierarchy.
 * Not thread-safe; one instance per import.
 */
final class DivisionRows {
  /** Reading stops after this many errors, so a table in the wrong shape cannot exhaust the heap. */
  static final int MAX_ERRORS = 1000;

  private static final ImmutableSet<String> PLACEHOLDER_NAMES =
      ImmutableSet.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
  private static final ImmutableList<String> ZONE_MARKERS =
      ImmutableList.of("开发区", "高新技术产业开发区", "经济技术开发区", "园区", "管理区", "示范区", "新区管委会");
  /** GB/T 10114 gives township segments 400–599 to combined government–enterprise units. */
  private static final int ZONE_FROM = 400;
  private static final int ZONE_TO = 599;
  /** Sibling groups up to this size are checked pairwise. */
  private static final int SMALL_GROUP = 64;
  private static final int TOP = -1;
  private static final int PENDING = -2;

  private record Pending(int row, String parent) {}

  private final String source;
  private final List<Finding> findings = new ArrayList<>();
  private int errors;
  /** Released before the hierarchy is built, to leave it the heap; rebuilt only to locate findings. */
  private RowsByCode rowsByCode = new RowsByCode();
  private GridNode[] nodes = new GridNode[1024];
  private int[] lines = new int[1024];
  /** Each row's name hash, taken while the name is fresh, so looking for repeated names reads no string. */
  private int[] nameHashes = new int[1024];
  /** Row of each row's parent, {@link #TOP} or {@link #PENDING}. */
  private int[] parents = new int[1024];
  private int size;
  private final List<Pending> pending = new ArrayList<>();
  private final BitSet citiesWithTownships = new BitSet();

  DivisionRows(String source) {
    this.source = source;
  }

  /** Records an error on {@code line}; past {@link #MAX_ERRORS}, one last finding says reading stopped. */
  void error(DivisionTableRule rule, int line, String message) {
    if (errors < MAX_ERRORS) {
      findings.add(Finding.of(rule, "line " + line, message));
    } else if (errors == MAX_ERRORS) {
      findings.add(Finding.of(TOO_MANY_ERRORS, "line " + line, "stopped reading after " + MAX_ERRORS + " errors"));
    }
    errors++;
  }

  /** True once reading should stop. */
  boolean tooManyErrors() {
    return errors > MAX_ERRORS;
  }

  /**
   * Adds the row on {@code line}; {@code parentCell} is null when the table has no parent column, and
   * empty for a top-level row of a table that has one.
   */
  void add(int line, String code, String name, String parentCell) {
    boolean ok = isCode(line, code, "code");
    if (name.isEmpty()) {
      error(MISSING_NAME, line, "code " + code + " has no name");
      ok = false;
    } else if (name.indexOf('\uFFFD') >= 0) {
      error(NOT_UTF8, line, "name '" + name + "' holds bytes that are not UTF-8; save the table as UTF-8 (GBK?)");
      ok = false;
    }
    String parent = null;
    if (parentCell != null && !parentCell.isEmpty()) {
      ok &= isCode(line, parentCell, "parent code");
      parent = ok ? significant(parentCell) : null;
    }
    if (!ok) {
      return;
    }
    String value = significant(code);
    Level level = DivisionCodes.level(value.length());
    if (!DivisionCodes.inRange(value, level)) {
      error(MALFORMED_CODE, line, rangeProblem(value, level));
      return;
    }
    int first = rowsByCode.putIfAbsent(RowsByCode.key(value, value.length()), size);
    if (first >= 0) {
      error(DUPLICATE_CODE, line, "code " + value + " ('" + name + "') is already on line " + lines[first]
          + " ('" + nodes[first].name() + "')");
      return;
    }
    int up = parentCell == null ? inferParent(value, level) : parent == null ? TOP : find(parent);
    GridKind kind = kind(line, value, name, level);
    append(new GridNode(GridCode.of(value), name, level.id(), up >= 0 ? nodes[up].code() : null, kind, 0, 0,
        ImmutableSet.of()), line, up);
    if (up == PENDING) {
      pending.add(new Pending(size - 1, parent));
    } else if (up >= 0) {
      noteTownshipUnderCity(size - 1, up);
    }
  }

  /**
   * Resolves the rows still waiting for a parent, looks for repeated names, then builds and validates
   * the hierarchy.
   *
   * @throws ImportFailedException with the full report if anything is an error
   */
  ImportResult finish() {
    for (Pending p : pending) {
      resolve(p);
    }
    if (size == 0 && errors == 0) {
      error(EMPTY_TABLE, 1, "the table has no rows");
    }
    findRepeatedNames();
    if (errors > 0) {
      throw new ImportFailedException(source, Report.of(findings));
    }
    GridHierarchy hierarchy;
    rowsByCode = null;
    try {
      hierarchy = GridHierarchy.of(DivisionCodes.SCHEME, Arrays.asList(nodes).subList(0, size), List.of());
    } catch (InvalidHierarchyException e) {
      locate(e.report());
      throw new ImportFailedException(source, Report.of(findings));
    }
    locate(hierarchy.findings());
    return new ImportResult(hierarchy, Report.of(findings));
  }

  private boolean isCode(int line, String code, String what) {
    String problem = DivisionCodes.problem(code);
    if (problem != null) {
      error(MALFORMED_CODE, line, what + " " + problem);
    }
    return problem == null;
  }

  /** The standard message for a code whose own segment is outside its level's ranges. */
  private static String rangeProblem(String code, Level level) {
    try {
      level.segment().check(code, code.substring(level.segmentStart()));
    } catch (InvalidCodeException e) {
      return e.getMessage();
    }
    return "code '" + code + "' has a " + level.id() + " segment outside " + level.segment();
  }

  private static String significant(String code) {
    int length = DivisionCodes.significantLength(code);
    return length == code.length() ? code : code.substring(0, length);
  }

  /** The row of the longest code this row may hang under, if it has been seen; else pending. */
  private int inferParent(String code, Level level) {
    for (int length : DivisionCodes.parentLengths(code.length())) {
      if (DivisionCodes.zeros(code, length, level.segmentStart())) {
        int row = rowsByCode.get(RowsByCode.key(code, length));
        return row >= 0 ? row : PENDING;
      }
    }
    return level.isTop() ? TOP : PENDING;
  }

  private int find(String code) {
    int row = rowsByCode.get(RowsByCode.key(code, code.length()));
    return row >= 0 ? row : PENDING;
  }

  private void resolve(Pending p) {
    GridNode node = nodes[p.row()];
    String code = node.code().value();
    int up = -1;
    if (p.parent() != null) {
      up = rowsByCode.get(RowsByCode.key(p.parent(), p.parent().length()));
      if (up < 0) {
        error(UNKNOWN_PARENT, lines[p.row()], "parent " + p.parent() + " of " + code + " is not in the table");
      }
    } else {
      Level level = DivisionCodes.level(code.length());
      List<String> expected = new ArrayList<>();
      for (int length : DivisionCodes.parentLengths(code.length())) {
        if (up < 0 && DivisionCodes.zeros(code, length, level.segmentStart())) {
          up = rowsByCode.get(RowsByCode.key(code, length));
          expected.add(code.substring(0, length) + " (" + DivisionCodes.level(length).id() + ")");
        }
      }
      if (up < 0) {
        error(NO_PARENT, lines[p.row()], "no row for the parent of " + level.id() + " " + code + ": none of "
            + expected + " is in the table");
      }
    }
    if (up >= 0) {
      nodes[p.row()] = node.withParent(nodes[up].code());
      parents[p.row()] = up;
      noteTownshipUnderCity(p.row(), up);
    }
  }

  private GridKind kind(int line, String code, String name, Level level) {
    if (level == CITY && PLACEHOLDER_NAMES.contains(name)) {
      note(PLACEHOLDER, line, "city " + code + " '" + name + "' is a placeholder row, kept as a "
          + GridKind.PLACEHOLDER + " grid so the codes below it keep their prefix");
      return GridKind.PLACEHOLDER;
    }
    if (level == COUNTY) {
      for (String marker : ZONE_MARKERS) {
        if (name.contains(marker)) {
          note(NON_ADMINISTRATIVE, line, "county " + code + " '" + name + "' is a zone by its name ('" + marker
              + "'), kept as a " + GridKind.NON_ADMINISTRATIVE + " grid");
          return GridKind.NON_ADMINISTRATIVE;
        }
      }
    }
    if (level == TOWNSHIP) {
      long segment = DivisionCodes.segmentValue(code, level);
      if (segment >= ZONE_FROM && segment <= ZONE_TO) {
        note(NON_ADMINISTRATIVE, line, "township " + code + " '" + name + "' has segment " + code.substring(level.segmentStart())
            + " (GB/T 10114 " + ZONE_FROM + "–" + ZONE_TO + ": combined government–enterprise unit), kept as a "
            + GridKind.NON_ADMINISTRATIVE + " grid");
        return GridKind.NON_ADMINISTRATIVE;
      }
    }
    return GridKind.COMPREHENSIVE;
  }

  private void noteTownshipUnderCity(int row, int up) {
    if (DivisionCodes.level(nodes[row].code().length()) == TOWNSHIP
        && DivisionCodes.level(nodes[up].code().length()) == CITY
        && !citiesWithTownships.get(up)) {
      citiesWithTownships.set(up);
      note(CITY_WITHOUT_COUNTIES, lines[up], "city " + nodes[up].code() + " '" + nodes[up].name()
          + "' has no county level: its townships hang directly under it");
    }
  }

  /**
   * Same names under one parent; names repeat freely across parents (many villages are 新村). Small
   * sibling groups, nearly all of them, compare hashes pairwise instead of filling a map.
   */
  private void findRepeatedNames() {
    int groups = size + 1;
    int[] start = new int[groups + 1];
    for (int r = 0; r < size; r++) {
      if (parents[r] != PENDING) {
        start[group(r) + 1]++;
      }
    }
    for (int g = 0; g < groups; g++) {
      start[g + 1] += start[g];
    }
    int[] members = new int[start[groups]];
    int[] fill = Arrays.copyOf(start, groups);
    for (int r = 0; r < size; r++) {
      if (parents[r] != PENDING) {
        members[fill[group(r)]++] = r;
      }
    }
    for (int g = 0; g < groups; g++) {
      int from = start[g];
      int to = start[g + 1];
      if (to - from > SMALL_GROUP) {
        Map<String, Integer> seen = new HashMap<>();
        for (int k = from; k < to; k++) {
          Integer earlier = seen.putIfAbsent(nodes[members[k]].name(), members[k]);
          if (earlier != null) {
            noteRepeatedName(g, earlier, members[k]);
          }
        }
        continue;
      }
      for (int k = from + 1; k < to; k++) {
        int hash = nameHashes[members[k]];
        for (int j = from; j < k; j++) {
          if (nameHashes[members[j]] == hash && nodes[members[j]].name().equals(nodes[members[k]].name())) {
            noteRepeatedName(g, members[j], members[k]);
            break;
          }
        }
      }
    }
  }

  private void noteRepeatedName(int group, int earlier, int row) {
    String under = group == size ? "at the top" : "under " + nodes[group].code();
    note(REPEATED_NAME, lines[row], "'" + nodes[row].name() + "' (" + nodes[row].code() + ") is also the name of "
        + nodes[earlier].code() + " on line " + lines[earlier] + ", " + under);
  }

  private int group(int row) {
    return parents[row] == TOP ? size : parents[row];
  }

  /** Adds validation findings with the line of the code they name, so every finding points into the table. */
  private void locate(Report report) {
    if (report.findings().isEmpty()) {
      return;
    }
    rowsByCode = new RowsByCode();
    for (int r = 0; r < size; r++) {
      String code = nodes[r].code().value();
      rowsByCode.putIfAbsent(RowsByCode.key(code, code.length()), r);
    }
    for (Finding f : report.findings()) {
      int row = DivisionCodes.isDigits(f.subject()) ? rowsByCode.get(RowsByCode.key(f.subject(), f.subject().length())) : -1;
      findings.add(row < 0 ? f
          : new Finding(f.rule(), f.severity(), "line " + lines[row], "code " + f.subject() + ": " + f.message()));
    }
  }

  private void note(Rule rule, int line, String message) {
    findings.add(Finding.of(rule, "line " + line, message));
  }

  private void append(GridNode node, int line, int parent) {
    if (size == nodes.length) {
      nodes = Arrays.copyOf(nodes, size * 2);
      lines = Arrays.copyOf(lines, size * 2);
      nameHashes = Arrays.copyOf(nameHashes, size * 2);
      parents = Arrays.copyOf(parents, size * 2);
    }
    nodes[size] = node;
    lines[size] = line;
    nameHashes[size] = node.name().hashCode();
    parents[size] = parent;
    size++;
  }
}
