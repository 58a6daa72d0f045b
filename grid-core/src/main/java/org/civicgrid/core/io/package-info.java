/**
 * Reading and writing hierarchies. The hierarchy document is the library's own versioned JSON form
 * of a {@link org.civicgrid.core.hierarchy.GridHierarchy} (level scheme, grids, places; see
 * {@code docs/formats.md}); a division table is the National Bureau of Statistics' CSV list of
 * division codes and names, imported as a hierarchy with a {@link org.civicgrid.core.report.Report}
 * of its real-world quirks. Input either loads whole or fails with every problem named.
 */
package org.civicgrid.core.io;
