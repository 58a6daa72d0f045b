/**
 * CivicGrid's core: the error model shared by every module. A {@link
 * org.civicgrid.core.CivicGridException} is a failure of the library or of a plugin (not a caller
 * mistake), classified by a stable {@link org.civicgrid.core.ErrorCode} whose name starts its
 * message. Concepts live in sub-packages: {@code code} (grid codes and their segments), {@code
 * scheme} (level schemes), {@code hierarchy} (the grid tree), {@code place} (buildings, units and
 * households), {@code history} (change over time), {@code layer} (departments' specialist grids),
 * {@code channel} (online grids), {@code io} (JSON and division tables), {@code spi} (plugins) and
 * {@code store} (storage).
 */
package org.civicgrid.core;
