package org.civicgrid.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every storage conformance kit shares: opening storages and closing them after each test, and
 * territory ids under a fresh random prefix, so a kit never clears the store and runs against a
 * shared database too.
 *
 * @param <S> the storage a plugin opens
 */
public abstract class StoreContract<S extends AutoCloseable> {
  private final List<S> opened = new ArrayList<>();
  private String prefix;

  /** Opens a storage; each call returns a new handle on the same backing data where durable. */
  protected abstract S open();

  /** Whether what one opened storage wrote is there for the next one after it is closed. */
  protected abstract boolean isDurable();

  @BeforeEach
  final void startWithAFreshPrefix() {
    prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "-";
  }

  @AfterEach
  final void closeWhatWasOpened() throws Exception {
    closeAll();
  }

  /** Opens a storage that is closed after the test. */
  protected final S openTracked() {
    S storage = open();
    opened.add(storage);
    return storage;
  }

  /** Closes every storage opened so far (to test what survives reopening). */
  protected final void closeAll() throws Exception {
    for (S storage : opened) {
      storage.close();
    }
  }

  /** The random prefix of this test's territories. */
  protected final String prefix() {
    return prefix;
  }

  /** A territory id unique to this test. */
  protected final TerritoryId territory(String name) {
    return TerritoryId.of(prefix + name);
  }
}
