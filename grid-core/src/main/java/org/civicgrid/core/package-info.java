/**
 * CivicGrid's core: the error model shared by every module. Concepts live in sub-packages:
 * {@code code} (grid codes and their segments), {@code scheme} (level schemes), {@code hierarchy}
 * (the grid tree), {@code place} (buildings, units and households), {@code history} (re-division
 * over time), {@code spi} (plugins) and {@code store} (storage).
 */
package org.civicgrid.core;
