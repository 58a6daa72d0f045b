package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civicgrid.geo.crs.LocalFrame;
import org.civicgrid.geo.map.ColourRamp;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LayoutMapTest {
  private static final LocalFrame HAIZHOU = new LocalFrame(121.65, 42.0);
  private static final LayoutParent EAST = UnitGraphTest.parent("210902001001", "POLYGON ((0 0, 400 0, 400 200, 0 200, 0 0))");
  private static final LayoutParent WEST = UnitGraphTest.parent("210902001002", "POLYGON ((-400 0, 0 0, 0 200, -400 200, -400 0))");

  private static Layout layout() {
    List<HouseholdSite> sites = List.of(new HouseholdSite(50, 100, 100), new HouseholdSite(150, 100, 100),
        new HouseholdSite(250, 100, 100), new HouseholdSite(350, 100, 100), new HouseholdSite(-200, 100, 90));
    return LayoutGenerator.of(LayoutSettings.of(100)).generate(List.of(EAST, WEST), sites);
  }

  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> paths(Document svg, String cssClass) {
    NodeList all = svg.getElementsByTagName("path");
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("class").equals(cssClass)) {
        found.add(e);
      }
    }
    return found;
  }

  @Test
  void fillsEachGridByTheClassOfItsValueWithParentsBoldAndALegend() throws Exception {
    Layout layout = layout();
    Map<String, Double> workload = new HashMap<>();
    for (int i = 0; i < layout.grids().size(); i++) {
      workload.put(layout.grids().get(i).code(), 10.0 * i);
    }
    String svg = LayoutMap.of(layout, List.of(EAST, WEST), HAIZHOU).title("海州区 网格方案")
        .metric("每名专职网格员户数", workload).toSvg();
    Document doc = parse(svg);

    List<Element> grids = paths(doc, "grid");
    assertThat(grids).hasSize(layout.grids().size()).hasSize(5);
    double max = 10.0 * (layout.grids().size() - 1);
    for (Element grid : grids) {
      String code = grid.getAttribute("id").substring("grid-".length());
      assertThat(grid.getAttribute("fill")).isEqualTo(ColourRamp.YELLOW_TO_RED.colourOf(workload.get(code), 0, max));
    }
    assertThat(paths(doc, "parent")).extracting(e -> e.getAttribute("id"))
        .containsExactly("parent-210902001001", "parent-210902001002");
    assertThat(svg).contains("stroke-width=\"2.5\"").contains("每名专职网格员户数").contains("海州区 网格方案")
        .contains("0.0–8.0").contains("32.0–40.0");
  }

  @Test
  void anotherRampColoursTheSameClassesInItsColours() throws Exception {
    Layout layout = layout();
    Map<String, Double> onTime = new HashMap<>();
    for (int i = 0; i < layout.grids().size(); i++) {
      onTime.put(layout.grids().get(i).code(), 25.0 * i);
    }
    Document doc = parse(LayoutMap.of(layout, List.of(EAST, WEST), HAIZHOU).ramp(ColourRamp.BLUES)
        .metric("closed on time, %", onTime).toSvg());
    for (Element grid : paths(doc, "grid")) {
      String code = grid.getAttribute("id").substring("grid-".length());
      assertThat(grid.getAttribute("fill")).isEqualTo(ColourRamp.BLUES.colourOf(onTime.get(code), 0, 100));
    }
    assertThatThrownBy(() -> LayoutMap.of(layout, List.of(EAST, WEST), HAIZHOU).ramp(null))
        .isInstanceOf(NullPointerException.class).hasMessage("ramp");
  }

  @Test
  void withoutAMetricTheGridsArePlain() throws Exception {
    Document doc = parse(LayoutMap.of(layout(), List.of(EAST, WEST), HAIZHOU).toSvg());
    assertThat(paths(doc, "grid")).extracting(e -> e.getAttribute("fill")).containsOnly("#f4f1ea");
    assertThat(doc.getElementById("legend")).isNull();
  }

  @Test
  void refusesGridsWhoseParentIsNotDrawnAndCodesOfMixedLengths() {
    assertThatThrownBy(() -> LayoutMap.of(layout(), List.of(EAST), HAIZHOU))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parent 210902001002 is not among the parents");
    LayoutParent shortId = UnitGraphTest.parent("21090200100", "POLYGON ((-400 0, 0 0, 0 200, -400 200, -400 0))");
    Layout layout = layout();
    assertThatThrownBy(() -> LayoutMap.of(layout, List.of(EAST, WEST, shortId), HAIZHOU).toSvg())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parent 21090200100 is not 12 characters long like 210902001001");
    assertThatThrownBy(() -> LayoutMap.of(new Layout(ImmutableList.of(), ImmutableList.of()), List.of(EAST), HAIZHOU))
        .hasMessage("the layout has no grids to draw");
  }
}
