package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDateTime;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;

/**
 * The answer to "who acts as {@code role} of {@code grid} at {@code at}" ({@link Staffing#whoActs}):
 * the person, if anyone, on what basis, and an explanation that names the people involved and why the
 * ones before were passed over. It holds ids and names only, never contact data, so it may be logged
 * and stored with a case. Immutable.
 *
 * @param grid the grid asked about; with {@link Basis#PARENT_GRID} the person holds (or backs up) the
 *     post in its parent grid
 * @param person the person who acts, empty when {@code basis} is {@link Basis#NOBODY}
 * @param explanation one sentence for operators and audit, for example {@code 王芳 (p-002), named
 *     backup of 张伟 (p-001), acts as grid-leader of 长源社区 (210902001001): 张伟 (p-001) is absent …}
 */
public record Acting(
    GridCode grid, RoleId role, LocalDateTime at, Basis basis, Optional<PersonId> person, String explanation) {

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

  public Acting {
    checkNotNull(grid, "grid");
    checkNotNull(role, "role");
    checkNotNull(at, "at");
    checkNotNull(basis, "basis");
    checkNotNull(person, "person");
    checkNotNull(explanation, "explanation");
    checkArgument(person.isEmpty() == (basis == Basis.NOBODY), "%s with person %s", basis, person);
  }

  /** True when someone acts. */
  public boolean isCovered() {
    return person.isPresent();
  }

  @Override
  public String toString() {
    return basis + " " + person.map(PersonId::value).orElse("-") + ": " + explanation;
  }
}
