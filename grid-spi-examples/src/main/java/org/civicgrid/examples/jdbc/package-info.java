/**
 * The JDBC storage plugin: grid histories, the points ledger, territories' staff, grid boundaries,
 * and cases with their notification outbox, in PostgreSQL (plugin id {@code postgresql}, boundaries
 * as PostGIS geometry when PostGIS is installed, else as WKB) or in an embedded H2 database file
 * (plugin id {@code embedded}, no server). A <em>dialect</em> is what differs between the two
 * databases; a <em>migration</em> is one of the versioned SQL scripts the plugin ships, applied once
 * per database and recorded with its checksum in {@code schema_version}. See {@code
 * docs/spi-guide.md} for the configuration keys.
 */
package org.civicgrid.examples.jdbc;
