package org.civicgrid.examples.jdbc;

import java.util.List;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.store.CaseQuery;

/**
 * The SQL of {@link JdbcCaseStore#find}: a {@link CaseQuery} as conditions on {@code case_summary},
 * a keyset page ({@code case_id > ?}, ordered by id, {@code LIMIT}). A grid's subtree is the range
 * of codes from the grid's code up to, not including, the code with its last character incremented,
 * so with {@code is_open = TRUE} it is a range scan of index {@code case_summary_open_grid}; key
 * columns sort by code point ({@code COLLATE "C"} on PostgreSQL), as Java compares strings.
 * Stateless.
 */
final class CaseQueries {
  private CaseQueries() {}

  /** The statement selecting {@code columns}, its arguments added in order to {@code arguments}. */
  static String select(String columns, CaseQuery query, Optional<CaseId> after, int limit, List<Object> arguments) {
    StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM case_summary WHERE TRUE");
    if (query.openOnly()) {
      sql.append(" AND is_open = TRUE");
    }
    if (query.within().isPresent()) {
      String from = query.within().get().value();
      sql.append(" AND grid_code >= ? AND grid_code < ?");
      arguments.add(from);
      arguments.add(upperBound(query.within().get()));
    }
    if (!query.statuses().isEmpty()) {
      sql.append(" AND status IN (");
      String separator = "";
      for (CaseStatus status : query.statuses()) {
        sql.append(separator).append('?');
        arguments.add(status.name());
        separator = ", ";
      }
      sql.append(')');
    }
    if (after.isPresent()) {
      sql.append(" AND case_id > ?");
      arguments.add(after.get().value());
    }
    sql.append(" ORDER BY case_id LIMIT ?");
    arguments.add(limit);
    return sql.toString();
  }

  /** The first code after every code that starts with {@code grid}'s. */
  private static String upperBound(GridCode grid) {
    String code = grid.value();
    return code.substring(0, code.length() - 1) + (char) (code.charAt(code.length() - 1) + 1);
  }
}
