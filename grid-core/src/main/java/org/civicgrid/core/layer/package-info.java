/**
 * Specialist layers and their docking (多网合一). A {@link org.civicgrid.core.layer.SpecialistLayer}
 * is one {@link org.civicgrid.core.layer.Department}'s own grids (police beats, market-supervision
 * areas); each of its {@link org.civicgrid.core.layer.SpecialistGrid}s is docked (对接) onto one
 * social grid of the comprehensive hierarchy, and {@link org.civicgrid.core.layer.DockedLayers}
 * answers which departments serve a grid and checks the docking.
 */
package org.civicgrid.core.layer;
