/**
 * Storage of grid boundaries. A {@link org.civicgrid.geo.store.BoundaryStorageFactory} plugin opens a
 * {@link org.civicgrid.geo.store.BoundaryStorage}, whose {@link org.civicgrid.geo.store.BoundaryStore}
 * keeps each territory's {@link org.civicgrid.geo.boundary.BoundaryLayer} (every level, one
 * coordinate system) under one optimistic version. It is an extension point of its own, {@code
 * boundary-storage}, beside grid-core's {@code storage}, because grid-core must not see geometry; a
 * plugin that stores both (one database) ships one factory for each under the same id.
 */
package org.civicgrid.geo.store;
