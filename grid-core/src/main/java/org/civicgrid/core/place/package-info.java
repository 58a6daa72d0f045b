/**
 * Places: the buildings, units and household groups inside grids. They carry counts (households,
 * residents) and tags, never personal data, and they are what moves when a grid is re-divided.
 */
package org.civicgrid.core.place;
