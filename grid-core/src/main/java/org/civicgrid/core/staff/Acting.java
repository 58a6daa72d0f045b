package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.civicgrid.core.code.GridCode;

/**
 * The answer to "who acts as {@code role} of {@code grid} at {@code at}" ({@link Staffing#whoActs}):
 * the person, if anyone, on what basis, and an explanation that names the people involved and why the
 * ones before were passed over. It holds ids and names only, never contact data, so it may be logged
 * and stored with a case. The explanation is written when first asked for (routing asks for it only
 * when it records a dispatch); two answers are equal when they name the same grid, role, time, basis
 * and person. Immutable and thread-safe.
 */
public final class Acting {
  /** Why the acting person acts, in the order whoActs tries them. */
  public enum Basis {
    /** A holder of the role in the grid, present at the time. */
    PRIMARY,
    /** Every holder is absent; the backup named in a holder's assignment (AB岗) is present. */
    BACKUP,
    /**
     * The grid has no present holder or backup; the role's holder in the parent grid, or that holder's
     * backup, acts.
     */
    PARENT_GRID,
    /** No one: not in the grid, not in its parent. */
    NOBODY
  }

  private final GridCode grid;
  private final RoleId role;
  private final LocalDateTime at;
  private final Basis basis;
  private final Optional<PersonId> person;
  /** Writes the explanation of this answer; null when it came written. */
  private final Function<Acting, String> explain;
  /**
   * Null until first asked for; not volatile, because a race only makes two threads each write an equal
   * string, which is immutable and so safely published (as {@link String#hashCode} caches its hash);
   * routing makes an answer per case and should not allocate a lock or a memoizing wrapper for each.
   */
  private String explanation;

  /** An answer with its explanation already written. */
  public Acting(GridCode grid, RoleId role, LocalDateTime at, Basis basis, Optional<PersonId> person,
      String explanation) {
    this(grid, role, at, basis, person, null, checkNotNull(explanation, "explanation"));
  }

  /**
   * An answer whose explanation {@code explain} writes from it when first asked for; a function of the
   * answer, so one made per staffing serves every answer and answering allocates nothing for it.
   */
  Acting(GridCode grid, RoleId role, LocalDateTime at, Basis basis, Optional<PersonId> person,
      Function<Acting, String> explain) {
    this(grid, role, at, basis, person, checkNotNull(explain, "explain"), null);
  }

  private Acting(GridCode grid, RoleId role, LocalDateTime at, Basis basis, Optional<PersonId> person,
      Function<Acting, String> explain, String explanation) {
    this.grid = checkNotNull(grid, "grid");
    this.role = checkNotNull(role, "role");
    this.at = checkNotNull(at, "at");
    this.basis = checkNotNull(basis, "basis");
    this.person = checkNotNull(person, "person");
    checkArgument(person.isEmpty() == (basis == Basis.NOBODY), "%s with person %s", basis, person);
    this.explain = explain;
    this.explanation = explanation;
  }

  /**
   * The grid asked about; with {@link Basis#PARENT_GRID} the person holds (or backs up) the post in its
   * parent grid.
   */
  public GridCode grid() {
    return grid;
  }

  /** The role asked about. */
  public RoleId role() {
    return role;
  }

  /** The moment asked about. */
  public LocalDateTime at() {
    return at;
  }

  /** Why the person acts. */
  public Basis basis() {
    return basis;
  }

  /** Who acts; empty when no one does. */
  public Optional<PersonId> person() {
    return person;
  }

  /**
   * One sentence for operators and audit, naming everyone involved and why the ones before were passed
   * over, for example {@code 王芳 (p-002), named backup of 张伟 (p-001), acts as grid-leader of 长源社区
   * (210902001001): 张伟 (p-001) is absent …}.
   */
  public String explanation() {
    String written = explanation;
    if (written == null) {
      written = explain.apply(this);
      explanation = written;
    }
    return written;
  }

  /** True when someone acts. */
  public boolean isCovered() {
    return person.isPresent();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Acting other && grid.equals(other.grid) && role.equals(other.role) && at.equals(other.at)
        && basis == other.basis && person.equals(other.person);
  }

  @Override
  public int hashCode() {
    return Objects.hash(grid, role, at, basis, person);
  }

  @Override
  public String toString() {
    return basis + " " + person.map(PersonId::value).orElse("-") + ": " + explanation();
  }
}
