package org.civicgrid.examples.open311;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.routing.cases.CaseFile;

/**
 * What {@link Open311Import} did with a service request: the case's file and whether this import
 * stored it or found it already there (a re-import of the same request id). Immutable.
 *
 * @param file the case as stored
 * @param created true when this import stored the case, false when it was already there
 */
public record Imported(CaseFile file, boolean created) {
  public Imported {
    checkNotNull(file, "file");
  }
}
