package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * A role id declared twice in one {@link RoleCatalogue}, typically a city's own role whose id collides
 * with a preset's; the catalogue is not made. Code {@link ErrorCode#INVALID_STAFFING}.
 */
public final class DuplicateRoleException extends CivicGridException {
  private static final long serialVersionUID = 1L;

  private final RoleId role;
  private final String catalogue;

  public DuplicateRoleException(RoleId role, String catalogue) {
    super(ErrorCode.INVALID_STAFFING, "role " + checkNotNull(role, "role") + " is already in catalogue "
        + catalogue + (role.value().contains(".") ? "" : "; a city's own role takes a prefix, as in city." + role));
    this.role = role;
    this.catalogue = catalogue;
  }

  /** The id declared twice. */
  public RoleId role() {
    return role;
  }

  /** The id of the catalogue that has it already. */
  public String catalogue() {
    return catalogue;
  }
}
