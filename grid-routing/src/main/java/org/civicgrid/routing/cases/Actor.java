package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.civicgrid.core.staff.PersonId;

/**
 * Who gave a command: the person who acted and, when a backup (AB岗) acts while the post holder is
 * away, the holder they act for. The audit trail keeps both, so accountability stays with the post.
 * Immutable.
 *
 * @param person who acted
 * @param actingFor the post holder the person stood in for, empty when they acted in their own right
 */
public record Actor(PersonId person, Optional<PersonId> actingFor) {
  public Actor {
    checkNotNull(person, "person");
    checkNotNull(actingFor, "actingFor");
    checkArgument(actingFor.isEmpty() || !actingFor.get().equals(person), "%s cannot act for themselves", person);
  }

  /** A person acting in their own right. */
  public static Actor of(PersonId person) {
    return new Actor(person, Optional.empty());
  }

  /** A person acting in their own right, by id. */
  public static Actor of(String person) {
    return of(PersonId.of(person));
  }

  /** A backup acting for an absent post holder. */
  public static Actor backupFor(PersonId person, PersonId holder) {
    return new Actor(person, Optional.of(checkNotNull(holder, "holder")));
  }

  /** {@code p-002} or {@code p-002 for p-001}. */
  @Override
  public String toString() {
    return actingFor.isEmpty() ? person.toString() : person + " for " + actingFor.get();
  }
}
