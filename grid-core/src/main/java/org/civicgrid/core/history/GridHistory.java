package org.civicgrid.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.lang.ref.SoftReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.InvalidHierarchyException;
import org.civicgrid.core.place.Place;

/**
 * The timeline of one territory's grids (动态调整): a starting hierarchy (revision 1) and every
 * re-division since, each a {@link Revision} of {@link Change}s with an effective date and a reason.
 * {@link #apply} returns a new history with one more revision and leaves this one as it was, so "which
 * grid held building B on 2024-03-01?" keeps its answer.
 *
 * <p><b>Dates.</b> A revision takes effect ON its effective date: {@code at(date)} and
 * {@link #gridOfPlace} on that date already see it. Several revisions may share a date; a date then
 * shows the state after the last of them ({@link #atRevision} reaches the ones in between). A
 * revision may not be dated before the last one: history is never rewritten.
 *
 * <p><b>Cost.</b> Only the current hierarchy is kept built. For the past, the history keeps the
 * versions of the grids and places that revisions touched, as intervals of revision numbers; what no
 * revision touched is read from the current hierarchy. So memory grows with the changes made, not with
 * the number of revisions times the size of the territory (about 700,000 grids nationally).
 * {@link #gridOfPlace}, {@link #validity}, {@link #changesOf} and {@link #changesOfPlace} read those
 * intervals and indexes without building anything. {@link #at} rebuilds the past hierarchy, O(grids +
 * places), and keeps the last one it built in a soft cache. {@link #apply} rebuilds the current
 * hierarchy, O(grids + places) even for one small change, plus O(changes so far) to extend the
 * indexes.
 *
 * <p>Immutable and thread-safe: share it freely. The cache is a benign race between equal results.
 */
public final class GridHistory {
  private final ImmutableList<Revision> revisions;
  private final GridHierarchy current;
  private final Timelines timelines;
  private final ChangeLog log;
  private final ImmutableListMultimap<GridCode, ChangeRecord> recordsByGrid;
  private final ImmutableListMultimap<String, ChangeRecord> recordsByPlace;
  private volatile SoftReference<Snapshot> cache = new SoftReference<>(null);

  /** A past hierarchy and the revision it shows. */
  private record Snapshot(int revision, GridHierarchy hierarchy) {}

  private GridHistory(ImmutableList<Revision> revisions, GridHierarchy current, Timelines timelines, ChangeLog log,
      ImmutableListMultimap<GridCode, ChangeRecord> recordsByGrid,
      ImmutableListMultimap<String, ChangeRecord> recordsByPlace) {
    this.revisions = revisions;
    this.current = current;
    this.timelines = timelines;
    this.log = log;
    this.recordsByGrid = recordsByGrid;
    this.recordsByPlace = recordsByPlace;
  }

  /** A history whose revision 1 is {@code initial}, holding from {@code effective}. */
  public static GridHistory start(GridHierarchy initial, LocalDate effective, String reason) {
    checkNotNull(initial, "initial");
    Revision first = new Revision(1, effective, reason, List.of(), List.of());
    return new GridHistory(ImmutableList.of(first), initial, Timelines.empty(), ChangeLog.empty(),
        ImmutableListMultimap.of(), ImmutableListMultimap.of());
  }

  /** See {@link #apply(LocalDate, String, List)}. */
  public GridHistory apply(LocalDate effective, String reason, Change... changes) {
    return apply(effective, reason, List.of(changes));
  }

  /**
   * A new history with one more revision made of {@code changes}, applied in order and all at once:
   * each change is checked against the state the previous ones left, and the result must build a
   * valid {@link GridHierarchy}. This history is unchanged either way.
   *
   * @param effective the date from which the changes hold (inclusive); not before the last revision's
   * @throws IllegalChangeException when the date is retroactive, a change is illegal or the result has
   *     errors; it names the rule, the change and the offending grid, place or date
   */
  public GridHistory apply(LocalDate effective, String reason, List<Change> changes) {
    checkNotNull(effective, "effective");
    checkArgument(reason != null && !reason.isBlank(), "a revision needs a reason");
    ImmutableList<Change> list = ImmutableList.copyOf(changes);
    checkArgument(!list.isEmpty(), "a revision needs at least one change");
    Revision last = revisions.get(revisions.size() - 1);
    if (effective.isBefore(last.effective())) {
      throw new IllegalChangeException(ChangeRule.RETROACTIVE, null, effective.toString(), "",
          "effective date " + effective + " is before revision " + last.number() + " of " + last.effective()
              + "; a retroactive change would rewrite the past, so date it " + last.effective()
              + " or later and say in the reason what it corrects", null);
    }
    RevisionDraft draft = new RevisionDraft(current, timelines, revisions, effective);
    ChangeApplier applier = new ChangeApplier(draft, list);
    applier.applyAll();
    GridHierarchy next;
    try {
      next = draft.build();
    } catch (InvalidHierarchyException e) {
      throw applier.invalidResult(e.report());
    }
    Revision revision = new Revision(draft.number, effective, reason, list, draft.records());
    return new GridHistory(
        ImmutableList.<Revision>builder().addAll(revisions).add(revision).build(),
        next, draft.timelines(), log.plus(revision.records()),
        ImmutableListMultimap.<GridCode, ChangeRecord>builder().putAll(recordsByGrid)
            .putAll(draft.recordsByGrid()).build(),
        ImmutableListMultimap.<String, ChangeRecord>builder().putAll(recordsByPlace)
            .putAll(draft.recordsByPlace()).build());
  }

  /** The number of revisions, counting the start as 1. */
  public int version() {
    return revisions.size();
  }

  /** Every revision, oldest first; revision {@code n} is at index {@code n - 1}. */
  public ImmutableList<Revision> revisions() {
    return revisions;
  }

  /** The hierarchy after the last revision. */
  public GridHierarchy current() {
    return current;
  }

  /** Every change record, oldest first. */
  public ChangeLog log() {
    return log;
  }

  /** The hierarchy that held on {@code date}, or empty before the start; rebuilt unless it is current. */
  public Optional<GridHierarchy> at(LocalDate date) {
    int revision = numberOn(date);
    return revision == 0 ? Optional.empty() : Optional.of(atRevision(revision));
  }

  /** The hierarchy right after revision {@code number} (1 is the start); rebuilt unless it is current. */
  public GridHierarchy atRevision(int number) {
    checkArgument(number >= 1 && number <= revisions.size(), "no revision %s: this history has 1 to %s",
        number, revisions.size());
    if (number == revisions.size()) {
      return current;
    }
    Snapshot cached = cache.get();
    if (cached != null && cached.revision() == number) {
      return cached.hierarchy();
    }
    GridHierarchy rebuilt = timelines.hierarchy(number, current);
    cache = new SoftReference<>(new Snapshot(number, rebuilt));
    return rebuilt;
  }

  /** The revision in force on {@code date}: the last one effective on or before it, or empty before the start. */
  public Optional<Revision> revisionOn(LocalDate date) {
    int revision = numberOn(date);
    return revision == 0 ? Optional.empty() : Optional.of(revisions.get(revision - 1));
  }

  /** The grid that held the place on {@code date}; empty before the start or for an unknown place. */
  public Optional<GridCode> gridOfPlace(String placeId, LocalDate date) {
    checkNotNull(placeId, "placeId");
    int revision = numberOn(date);
    return revision == 0 ? Optional.empty() : timelines.place(placeId, revision, current).map(Place::grid);
  }

  /**
   * The periods in which the grid existed: at most one, since a code is never given to another grid
   * once retired. Its end is the date the grid was retired (split, merged away or retired), empty while
   * it exists. Empty for a code that never existed, or that was added and retired on the same day.
   */
  public ImmutableList<Validity> validity(GridCode code) {
    checkNotNull(code, "code");
    ImmutableList<Timelines.NodeVersion> versions = timelines.versions(code, current);
    if (versions.isEmpty()) {
      return ImmutableList.of();
    }
    LocalDate from = dateOf(versions.get(0).from());
    int end = versions.get(versions.size() - 1).to();
    Optional<LocalDate> to = end == Timelines.OPEN ? Optional.empty() : Optional.of(dateOf(end));
    return to.isPresent() && !from.isBefore(to.get()) ? ImmutableList.of() : ImmutableList.of(new Validity(from, to));
  }

  /**
   * The records about a grid, oldest first: its addition, renames, its split or merge, its retirement,
   * and the places that moved into or out of it. Empty for a grid no revision changed.
   */
  public ImmutableList<ChangeRecord> changesOf(GridCode code) {
    return recordsByGrid.get(checkNotNull(code, "code"));
  }

  /** The records of the place's moves, oldest first. */
  public ImmutableList<ChangeRecord> changesOfPlace(String placeId) {
    return recordsByPlace.get(checkNotNull(placeId, "placeId"));
  }

  private LocalDate dateOf(int revision) {
    return revisions.get(revision - 1).effective();
  }

  /** The number of the last revision effective on or before {@code date}, 0 before the start. */
  private int numberOn(LocalDate date) {
    checkNotNull(date, "date");
    int low = 0;
    int high = revisions.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (revisions.get(mid).effective().isAfter(date)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  @Override
  public String toString() {
    Revision last = revisions.get(revisions.size() - 1);
    return "GridHistory[" + revisions.size() + " revision(s), " + revisions.get(0).effective() + " to "
        + last.effective() + ", " + current + "]";
  }
}
