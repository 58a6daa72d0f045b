/**
 * Level schemes: how a territory is divided. A {@link org.civicgrid.core.scheme.LevelScheme} is an
 * ordered set of {@link org.civicgrid.core.scheme.Level}s, each with names, a code segment, optional
 * household guidance and the levels it may hang under, so urban and rural branches can share a top.
 * {@link org.civicgrid.core.scheme.LevelSchemes} has presets for real places.
 */
package org.civicgrid.core.scheme;
