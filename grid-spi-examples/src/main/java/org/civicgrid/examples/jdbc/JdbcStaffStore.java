package org.civicgrid.examples.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.layer.Department;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.LinkKind;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleCatalogue;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.store.AssignmentKey;
import org.civicgrid.core.store.StaffChange;
import org.civicgrid.core.store.StaffRecords;
import org.civicgrid.core.store.StaffStore;
import org.civicgrid.core.store.TerritoryId;

/**
 * Territories' staff in tables {@code staff_territory} (version and catalogue, see {@link TerritoryTable}),
 * {@code staff_member}, {@code staff_assignment} and {@code staff_absence}. A write claims the next
 * version, which locks the territory's row, then runs each change as one row operation in order — an
 * update then insert for a member, an insert that does nothing when the key is stored, an update or a
 * delete by key — and a change that finds no row, or a row already there, is refused and the whole
 * transaction rolled back, as {@link StaffRecords#apply} refuses it. Loading locks the territory's row
 * too, so its four queries see one version. Contacts are written raw, as bound parameters, and appear
 * in no message and no log line. Thread-safe.
 */
final class JdbcStaffStore implements StaffStore {
  private static final String MEMBER = "person_id, name, party_member, employment, department_id, "
      + "department_name_zh, department_name_en, skills, contacts";
  private static final String ASSIGNMENT = "grid_code, role_id, person_id, place_id, from_day, until_day, link, "
      + "backup_id";
  private static final String ABSENCE = "person_id, from_second, from_nano, until_second, until_nano, reason";
  private static final String KEY_ORDER = "grid_code, role_id, person_id, place_id, from_day";
  private static final String KEY = "territory_id = ? AND grid_code = ? AND role_id = ? AND person_id = ? "
      + "AND place_id = ? AND from_day = ?";
  private static final String ABSENCE_KEY = "territory_id = ? AND person_id = ? AND from_second = ? AND from_nano = ?";

  private final JdbcDatabase database;

  JdbcStaffStore(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public Optional<StaffRecords> load(TerritoryId territory) {
    checkNotNull(territory, "territory");
    return database.inTransaction("load the staff of territory " + territory, connection -> {
      long version;
      String catalogue;
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT version, catalogue FROM staff_territory WHERE territory_id = ? FOR UPDATE")) {
        select.setString(1, territory.value());
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return Optional.empty();
          }
          version = row.getLong(1);
          catalogue = row.getString(2);
        }
      }
      List<StaffMember> members = query(connection, territory, "SELECT " + MEMBER
          + " FROM staff_member WHERE territory_id = ? ORDER BY person_id", JdbcStaffStore::member);
      List<Assignment> assignments = query(connection, territory, "SELECT " + ASSIGNMENT
          + " FROM staff_assignment WHERE territory_id = ? ORDER BY " + KEY_ORDER, JdbcStaffStore::assignment);
      List<Absence> absences = query(connection, territory, "SELECT " + ABSENCE
          + " FROM staff_absence WHERE territory_id = ? ORDER BY person_id, from_second, from_nano",
          JdbcStaffStore::absence);
      return Optional.of(StaffRecords.of(territory, version, catalogue(territory, catalogue), members, assignments,
          absences));
    });
  }

  @Override
  public long version(TerritoryId territory) {
    checkNotNull(territory, "territory");
    return database.inTransaction("read the staff version of territory " + territory, connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT version FROM staff_territory WHERE territory_id = ?")) {
        select.setString(1, territory.value());
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? row.getLong(1) : 0L;
        }
      }
    });
  }

  @Override
  public long write(TerritoryId territory, long expectedVersion, List<StaffChange> changes) {
    checkNotNull(territory, "territory");
    ImmutableList<StaffChange> writes = ImmutableList.copyOf(checkNotNull(changes, "changes"));
    checkArgument(!writes.isEmpty(), "territory %s: a write needs at least one change", territory);
    checkArgument(expectedVersion >= 0, "territory %s: expected version %s is negative", territory, expectedVersion);
    checkArgument(expectedVersion > 0 || writes.stream().anyMatch(c -> c instanceof StaffChange.PutRoles),
        "territory %s: a territory's first write must declare its roles (PutRoles)", territory);
    long next = expectedVersion + 1;
    return database.inTransaction("write the staff of territory " + territory, connection -> {
      TerritoryTable.STAFF.claim(connection, territory, expectedVersion, next, Optional.empty());
      for (StaffChange change : writes) {
        apply(connection, territory, change);
      }
      return next;
    });
  }

  @Override
  public void delete(TerritoryId territory, long expectedVersion) {
    checkNotNull(territory, "territory");
    database.inTransaction("delete the staff of territory " + territory, connection -> {
      TerritoryTable.STAFF.delete(connection, territory, expectedVersion);
      return null;
    });
  }

  @Override
  public ImmutableList<TerritoryId> territories(Optional<TerritoryId> after, int limit) {
    checkNotNull(after, "after");
    checkArgument(limit > 0, "limit %s must be positive", limit);
    return database.inTransaction("list the territories with staff",
        connection -> TerritoryTable.STAFF.page(connection, after, limit));
  }

  @Override
  public Optional<StaffMember> member(TerritoryId territory, PersonId person) {
    checkNotNull(territory, "territory");
    checkNotNull(person, "person");
    return database.inTransaction("read member " + person + " of territory " + territory, connection ->
        query(connection, territory, "SELECT " + MEMBER + " FROM staff_member WHERE territory_id = ? AND person_id = ?",
            JdbcStaffStore::member, person.value()).stream().findFirst());
  }

  @Override
  public ImmutableList<StaffMember> members(TerritoryId territory, Optional<PersonId> after, int limit) {
    checkNotNull(territory, "territory");
    checkNotNull(after, "after");
    checkArgument(limit > 0, "limit %s must be positive", limit);
    // Every person id is longer than "", so "" starts the first page.
    return database.inTransaction("list the members of territory " + territory, connection ->
        query(connection, territory, "SELECT " + MEMBER + " FROM staff_member WHERE territory_id = ? AND person_id > ? "
            + "ORDER BY person_id LIMIT ?", JdbcStaffStore::member, after.map(PersonId::value).orElse(""), limit));
  }

  @Override
  public ImmutableList<Assignment> assignments(TerritoryId territory, Optional<AssignmentKey> after, int limit) {
    checkNotNull(territory, "territory");
    checkNotNull(after, "after");
    checkArgument(limit > 0, "limit %s must be positive", limit);
    String sql = "SELECT " + ASSIGNMENT + " FROM staff_assignment WHERE territory_id = ?"
        + (after.isPresent() ? " AND (" + KEY_ORDER + ") > (?, ?, ?, ?, ?)" : "")
        + " ORDER BY " + KEY_ORDER + " LIMIT ?";
    Object[] parameters = after.map(key -> new Object[] {key.grid().value(), key.role().value(), key.person().value(),
        key.place().orElse(""), key.from(), limit}).orElse(new Object[] {limit});
    return database.inTransaction("list the assignments of territory " + territory,
        connection -> query(connection, territory, sql, JdbcStaffStore::assignment, parameters));
  }

  @Override
  public ImmutableList<Assignment> assignmentsOf(TerritoryId territory, PersonId person) {
    checkNotNull(territory, "territory");
    checkNotNull(person, "person");
    return database.inTransaction("read the assignments of " + person + " in territory " + territory, connection ->
        query(connection, territory, "SELECT " + ASSIGNMENT + " FROM staff_assignment WHERE territory_id = ? "
            + "AND person_id = ? ORDER BY from_day, " + KEY_ORDER, JdbcStaffStore::assignment, person.value()));
  }

  @Override
  public ImmutableList<Assignment> assignmentsIn(TerritoryId territory, GridCode grid) {
    checkNotNull(territory, "territory");
    checkNotNull(grid, "grid");
    return database.inTransaction("read the assignments in grid " + grid + " of territory " + territory, connection ->
        query(connection, territory, "SELECT " + ASSIGNMENT + " FROM staff_assignment WHERE territory_id = ? "
            + "AND grid_code = ? ORDER BY from_day, " + KEY_ORDER, JdbcStaffStore::assignment, grid.value()));
  }

  @Override
  public ImmutableList<Absence> absencesOf(TerritoryId territory, PersonId person) {
    checkNotNull(territory, "territory");
    checkNotNull(person, "person");
    return database.inTransaction("read the absences of " + person + " in territory " + territory, connection ->
        query(connection, territory, "SELECT " + ABSENCE + " FROM staff_absence WHERE territory_id = ? "
            + "AND person_id = ? ORDER BY from_second, from_nano", JdbcStaffStore::absence, person.value()));
  }

  /** Runs one change as its row operation, or throws the refusal {@link StaffRecords#apply} would. */
  private static void apply(Connection connection, TerritoryId territory, StaffChange change) throws SQLException {
    if (change instanceof StaffChange.PutRoles put) {
      update(connection, "UPDATE staff_territory SET catalogue = ? WHERE territory_id = ?",
          StaffJson.ofCatalogue(put.roles()), territory.value());
    } else if (change instanceof StaffChange.PutMember put) {
      StaffMember m = put.member();
      Optional<Department> department = m.department();
      Object[] fields = {m.name(), m.partyMember(), m.employment().name(), department.map(Department::id).orElse(null),
          department.map(Department::nameZh).orElse(null), department.map(Department::nameEn).orElse(null),
          StaffJson.ofSkills(m.skills()), StaffJson.ofContacts(m.contacts()), territory.value(), m.id().value()};
      if (update(connection, "UPDATE staff_member SET name = ?, party_member = ?, employment = ?, department_id = ?, "
          + "department_name_zh = ?, department_name_en = ?, skills = ?, contacts = ? "
          + "WHERE territory_id = ? AND person_id = ?", fields) == 0) {
        update(connection, "INSERT INTO staff_member (" + MEMBER.replace("person_id, ", "") + ", territory_id, "
            + "person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", fields);
      }
    } else if (change instanceof StaffChange.Assign assign) {
      Assignment a = assign.assignment();
      if (update(connection, "INSERT INTO staff_assignment (territory_id, " + ASSIGNMENT + ") VALUES "
          + "(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", territory.value(), a.grid().value(), a.role().value(),
          a.person().value(), a.place().orElse(""), a.period().from(), a.period().until().orElse(null),
          a.link().name(), a.backup().map(PersonId::value).orElse(null)) == 0) {
        throw refused(territory, ErrorCode.ILLEGAL_CHANGE,
            "assignment " + AssignmentKey.of(a) + " is stored already; end or remove it first");
      }
    } else if (change instanceof StaffChange.EndAssignment end) {
      if (update(connection, "UPDATE staff_assignment SET until_day = ? WHERE " + KEY,
          keyed(end.until(), territory, end.assignment())) == 0) {
        throw refused(territory, ErrorCode.NOT_FOUND, "no assignment " + end.assignment() + " to end");
      }
    } else if (change instanceof StaffChange.RemoveAssignment remove) {
      if (update(connection, "DELETE FROM staff_assignment WHERE " + KEY, keyed(null, territory, remove.assignment()))
          == 0) {
        throw refused(territory, ErrorCode.NOT_FOUND, "no assignment " + remove.assignment() + " to remove");
      }
    } else if (change instanceof StaffChange.AddAbsence add) {
      Absence a = add.absence();
      Optional<LocalDateTime> until = a.until();
      if (update(connection, "INSERT INTO staff_absence (territory_id, " + ABSENCE + ") VALUES (?, ?, ?, ?, ?, ?, ?) "
          + "ON CONFLICT DO NOTHING", territory.value(), a.person().value(), seconds(a.from()), a.from().getNano(),
          until.map(JdbcStaffStore::seconds).orElse(null), until.map(LocalDateTime::getNano).orElse(null),
          a.reason()) == 0) {
        throw refused(territory, ErrorCode.ILLEGAL_CHANGE,
            "absence of " + a.person() + " from " + a.from() + " is stored already");
      }
    } else {
      StaffChange.RemoveAbsence remove = (StaffChange.RemoveAbsence) change;
      if (update(connection, "DELETE FROM staff_absence WHERE " + ABSENCE_KEY, territory.value(),
          remove.person().value(), seconds(remove.from()), remove.from().getNano()) == 0) {
        throw refused(territory, ErrorCode.NOT_FOUND,
            "no absence of " + remove.person() + " from " + remove.from() + " to remove");
      }
    }
  }

  /** {@code first} if not null, then the parameters of {@link #KEY} for {@code key}. */
  private static Object[] keyed(LocalDate first, TerritoryId territory, AssignmentKey key) {
    Object[] where = {territory.value(), key.grid().value(), key.role().value(), key.person().value(),
        key.place().orElse(""), key.from()};
    if (first == null) {
      return where;
    }
    Object[] all = new Object[where.length + 1];
    all[0] = first;
    System.arraycopy(where, 0, all, 1, where.length);
    return all;
  }

  private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, 1, parameters);
      return statement.executeUpdate();
    }
  }

  /** A read of one row. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(TerritoryId territory, ResultSet row) throws SQLException;
  }

  /** The rows of {@code sql}, whose first parameter is the territory and the rest {@code parameters}. */
  private static <T> ImmutableList<T> query(Connection connection, TerritoryId territory, String sql,
      RowReader<T> reader, Object... parameters) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, territory.value());
      bind(select, 2, parameters);
      ImmutableList.Builder<T> rows = ImmutableList.builder();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          rows.add(reader.read(territory, row));
        }
      }
      return rows.build();
    }
  }

  private static void bind(PreparedStatement statement, int first, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      if (value == null) {
        statement.setNull(first + i, Types.NULL);
      } else if (value instanceof LocalDate day) {
        statement.setObject(first + i, day);
      } else {
        statement.setObject(first + i, value);
      }
    }
  }

  /**
   * A member as stored. A row that breaks a domain rule fails without the parser's message or cause,
   * which could quote a raw contact.
   */
  private static StaffMember member(TerritoryId territory, ResultSet row) throws SQLException {
    String person = row.getString(1);
    String name = row.getString(2);
    boolean partyMember = row.getBoolean(3);
    String employment = row.getString(4);
    String[] department = {row.getString(5), row.getString(6), row.getString(7)};
    String skills = row.getString(8);
    String contacts = row.getString(9);
    try {
      StaffMember.Builder member = StaffMember.builder(person, name, Employment.valueOf(employment))
          .skills(StaffJson.skills(skills)).contacts(StaffJson.contacts(contacts));
      if (department[0] != null) {
        member.department(new Department(department[0], department[1], department[2]));
      }
      return partyMember ? member.partyMember().build() : member.build();
    } catch (IOException | RuntimeException e) {
      throw new CivicGridException(ErrorCode.STORAGE_FAILED, "member " + person + " of territory " + territory
          + " as stored cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Assignment assignment(TerritoryId territory, ResultSet row) throws SQLException {
    LocalDate from = row.getObject(5, LocalDate.class);
    LocalDate until = row.getObject(6, LocalDate.class);
    String place = row.getString(4);
    String backup = row.getString(8);
    return new Assignment(PersonId.of(row.getString(3)), GridCode.of(row.getString(1)), RoleId.of(row.getString(2)),
        until == null ? Period.from(from) : Period.of(from, until), LinkKind.valueOf(row.getString(7)),
        place.isEmpty() ? Optional.empty() : Optional.of(place), Optional.ofNullable(backup).map(PersonId::of));
  }

  private static Absence absence(TerritoryId territory, ResultSet row) throws SQLException {
    long untilSecond = row.getLong(4);
    Optional<LocalDateTime> until = row.wasNull() ? Optional.empty()
        : Optional.of(LocalDateTime.ofEpochSecond(untilSecond, row.getInt(5), ZoneOffset.UTC));
    return new Absence(PersonId.of(row.getString(1)),
        LocalDateTime.ofEpochSecond(row.getLong(2), row.getInt(3), ZoneOffset.UTC), until, row.getString(6));
  }

  private static RoleCatalogue catalogue(TerritoryId territory, String text) {
    try {
      return StaffJson.catalogue(text);
    } catch (IOException | RuntimeException e) {
      throw new CivicGridException(ErrorCode.STORAGE_FAILED, "the role catalogue of territory " + territory
          + " as stored cannot be read: " + e.getMessage(), e);
    }
  }

  private static long seconds(LocalDateTime time) {
    return time.toEpochSecond(ZoneOffset.UTC);
  }

  private static CivicGridException refused(TerritoryId territory, ErrorCode code, String message) {
    return new CivicGridException(code, "territory " + territory + ": " + message);
  }
}
