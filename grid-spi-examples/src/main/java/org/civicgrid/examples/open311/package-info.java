/**
 * The Open311 GeoReport v2 adapter: the category catalogue exported as GeoReport <em>services</em>
 * and <em>service definitions</em>, cases exported as service <em>requests</em>, and service requests
 * imported as cases. A <em>service code</em> is a subcategory code; a request's two statuses
 * ({@code open}, {@code closed}) carry the exact case status in the {@code extended_attributes}
 * object, with the other internal facts GeoReport has no field for. See {@code docs/open311.md} for
 * the field and status mapping tables.
 */
package org.civicgrid.examples.open311;
