/**
 * GeoJSON (RFC 7946) import and export of grid layers. A layer is written as a FeatureCollection
 * with one Feature per grid, whose {@code id} is the grid code and whose properties carry the grid's
 * name, level and counts; reading it back keeps every feature's properties and reports each repair
 * or problem as a {@link org.civicgrid.geo.geojson.GeoJsonRule} finding, importing all or nothing.
 */
package org.civicgrid.geo.geojson;
