/**
 * The grid hierarchy. {@link org.civicgrid.core.hierarchy.GridNode}s (code, name, level, parent)
 * and places are validated against a level scheme and assembled into an immutable
 * {@link org.civicgrid.core.hierarchy.GridHierarchy} of {@link org.civicgrid.core.hierarchy.Grid}s,
 * where households and residents roll up the tree and every subtree is a contiguous range.
 */
package org.civicgrid.core.hierarchy;
