package org.civicgrid.routing.stats;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.routing.cases.CaseId;

/**
 * When each case was due to be handled and to be closed, as the on-time indicators need them.
 * Statistics take the instants as given, so they do not depend on how deadlines are computed (in
 * practice from {@code calendar.Deadline#due()} on the case's working calendar, extensions and pauses
 * included). A case without a due instant is left out of the populations that need it. Immutable and
 * thread-safe; the builder is not.
 */
public final class DueDates {
  private static final DueDates NONE = new DueDates(ImmutableMap.of(), ImmutableMap.of());

  private final ImmutableMap<CaseId, Instant> handling;
  private final ImmutableMap<CaseId, Instant> closing;

  private DueDates(ImmutableMap<CaseId, Instant> handling, ImmutableMap<CaseId, Instant> closing) {
    this.handling = handling;
    this.closing = closing;
  }

  /** No due instants: the on-time indicators and those over cases due to be closed are not applicable. */
  public static DueDates none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** When the case was due to be handled (处置时限), if known. */
  public Optional<Instant> handling(CaseId id) {
    return Optional.ofNullable(handling.get(checkNotNull(id, "id")));
  }

  /** When the case was due to be closed (结案时限), if known. */
  public Optional<Instant> closing(CaseId id) {
    return Optional.ofNullable(closing.get(checkNotNull(id, "id")));
  }

  @Override
  public String toString() {
    return "due dates of " + handling.size() + " handlings and " + closing.size() + " closings";
  }

  /** Collects due instants; a later one for the same case and step replaces the earlier. Not thread-safe. */
  public static final class Builder {
    private final Map<CaseId, Instant> handling = new HashMap<>();
    private final Map<CaseId, Instant> closing = new HashMap<>();

    private Builder() {}

    /** The case was due to be handled at {@code due}. */
    public Builder handling(CaseId id, Instant due) {
      handling.put(checkNotNull(id, "id"), checkNotNull(due, "case %s handling due", id));
      return this;
    }

    /** The case was due to be closed at {@code due}. */
    public Builder closing(CaseId id, Instant due) {
      closing.put(checkNotNull(id, "id"), checkNotNull(due, "case %s closing due", id));
      return this;
    }

    /** The case was due to be handled and to be closed at the same instant. */
    public Builder both(CaseId id, Instant due) {
      return handling(id, due).closing(id, due);
    }

    public DueDates build() {
      return new DueDates(ImmutableMap.copyOf(handling), ImmutableMap.copyOf(closing));
    }
  }
}
