/**
 * The plugin framework: how CivicGrid finds, configures and chooses the implementations of its
 * extension points (storage, notification, anything pluggable). An extension point is a {@link
 * org.civicgrid.core.spi.Spi}; a plugin is a {@link org.civicgrid.core.spi.ProviderFactory} that
 * declares its {@link org.civicgrid.core.spi.ParameterDescriptor parameters} and creates providers,
 * the {@code AutoCloseable} objects that do the work, from a validated {@link
 * org.civicgrid.core.spi.Config}. A {@link org.civicgrid.core.spi.ProviderRegistry} discovers the
 * plugins of one extension point and selects one: an explicit id wins, a single available plugin is
 * used, several are an error, and none falls back to the in-memory default.
 */
package org.civicgrid.core.spi;
