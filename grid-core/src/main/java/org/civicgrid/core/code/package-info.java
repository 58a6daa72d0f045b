/**
 * Grid codes. A {@link org.civicgrid.core.code.GridCode} is a string whose leading characters are
 * its parent's code; each level of a scheme appends one {@link org.civicgrid.core.code.CodeSegment}
 * with its allowed value ranges. {@link org.civicgrid.core.code.StandardSegments} holds China's
 * standard segments (GB/T 2260, GB/T 10114, the NBS village segment, unit-grid sequences).
 */
package org.civicgrid.core.code;
