package org.civicgrid.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.geo.CompoundBlocks.geometry;

import org.civicgrid.geo.Karney;
import org.civicgrid.geo.SyntheticCity;
import org.civicgrid.geo.boundary.Boundary;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class SquareMetresTest {
  @Test
  void aBuildingGridsAreaAgreesWithTheEllipsoidToATenthOfAPerMille() {
    Geometry block = geometry("POLYGON ((121.60 42.00, 121.61 42.00, 121.61 42.005, 121.60 42.005, 121.60 42.00))");
    assertThat(SquareMetres.of(block)).isCloseTo(Karney.squareMetres(block), within(Karney.squareMetres(block) * 1e-4));
  }

  @Test
  void aWholeCountyThirtyKilometresAcrossIsStillWithinAPerMille() {
    Geometry county = SyntheticCity.of(1, 50).layer().boundary(SyntheticCity.COUNTY).map(Boundary::area).orElseThrow();
    assertThat(SquareMetres.of(county)).isCloseTo(Karney.squareMetres(county), within(Karney.squareMetres(county) * 1e-3));
  }

  @Test
  void aHairlineAlongALongStraightEdgeMeasuresAsTheOverlayDrewIt() {
    // 5.4 km long, 0.2 mm wide: on geodesic edges the straight side would bulge into a lens of ~1,700 m².
    Geometry hairline = geometry("POLYGON ((121.60 42.00, 121.665 42.00, 121.665 42.0000000018, 121.6325"
        + " 42.0000000018, 121.60 42.0000000018, 121.60 42.00))");
    assertThat(SquareMetres.of(hairline)).isCloseTo(5_380 * 0.0002, within(0.1));
    assertThat(SquareMetres.isNoise(hairline, 0.5)).isTrue();
  }

  @Test
  void noiseIsASmallAreaOrAHairlineButNotANarrowStreetLeftOut() {
    Geometry speck = geometry("POLYGON ((121.60 42.00, 121.60001 42.00, 121.60001 42.00001, 121.60 42.00))");
    Geometry street = geometry("POLYGON ((121.60 42.00, 121.61 42.00, 121.61 42.00002, 121.60 42.00002, 121.60 42.00))");
    assertThat(SquareMetres.isNoise(speck, 1.0)).isTrue();
    assertThat(SquareMetres.isNoise(street, 1.0)).as("a 2 m wide, 830 m long gap").isFalse();
    assertThat(SquareMetres.isNoise(street, 2_000)).isTrue();
  }

  @Test
  void linesAndEmptyGeometriesHaveNoArea() {
    assertThat(SquareMetres.of(geometry("LINESTRING (121.6 42, 121.7 42.1)"))).isZero();
    assertThat(SquareMetres.of(geometry("POLYGON EMPTY"))).isZero();
    assertThat(SquareMetres.format(1234.56)).isEqualTo("1234.6 m²");
  }
}
