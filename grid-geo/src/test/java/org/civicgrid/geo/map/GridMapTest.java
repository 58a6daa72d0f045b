package org.civicgrid.geo.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class GridMapTest {
  private static final GridHierarchy HIERARCHY = Changyuan.hierarchy();
  private static final BoundaryLayer LAYER = Changyuan.layer();

  private static GridMap.Builder changyuan() {
    return GridMap.ofSubtree(LAYER, HIERARCHY, Changyuan.COMMUNITY);
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  static NodeList select(Document doc, String xpath) throws Exception {
    return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
  }

  static List<String> texts(NodeList nodes) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void drawsOnePathPerGridAndTheCommunityInBold() throws Exception {
    Document doc = parse(changyuan().build().toSvg());

    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(select(doc, "//*[local-name()='path'][@class='grid']").getLength()).isEqualTo(9);
    assertThat(select(doc, "//*[local-name()='path'][@class='parent']").getLength()).isEqualTo(1);
    assertThat(select(doc, "//*[@id='parent-" + Changyuan.COMMUNITY + "']").getLength()).isEqualTo(1);
    assertThat(texts(select(doc, "//*[@id='title']"))).containsExactly("长源社区网格图");
  }

  @Test
  void labelsEachGridWithNameCodeAndHouseholds() throws Exception {
    Document doc = parse(changyuan().build().toSvg());
    List<String> labels = texts(select(doc, "//*[@class='label']"));

    assertThat(labels).hasSize(9);
    assertThat(labels).anySatisfy(l -> assertThat(l).contains("五号小区").contains("210902001001005")
        .contains("300 户"));
  }

  @Test
  void namesWithXmlCharactersSurviveIntact() throws Exception {
    String svg = changyuan().build().toSvg();
    assertThat(svg).contains("A&amp;B&lt;花园&gt;");
    assertThat(texts(select(parse(svg), "//*[@class='label']/*[1]"))).contains("A&B<花园>");
  }

  @Test
  void fillsByAMetricWithALegendOfItsClasses() throws Exception {
    Document doc = parse(changyuan().metric("户数", Grid::households).build().toSvg());

    assertThat(select(doc, "//*[@id='legend']/*[@class='swatch']").getLength()).isEqualTo(5);
    assertThat(texts(select(doc, "//*[@id='legend']/*[local-name()='text']")))
        .startsWith("户数", "64–111", "111–158").contains("253–300");
    assertThat(select(doc, "//*[@id='grid-210902001001005']/@fill").item(0).getNodeValue()).isEqualTo("#bd0026");
    assertThat(select(doc, "//*[@id='grid-210902001001007']/@fill").item(0).getNodeValue()).isEqualTo("#ffffb2");
  }

  @Test
  void gridsWithoutAValueShowAsNoData() throws Exception {
    Map<GridCode, Double> density = new HashMap<>();
    for (int i = 0; i < 8; i++) {
      density.put(Changyuan.compound(i), 1.5 * i);
    }
    Document doc = parse(changyuan().metric("人口密度", density).ramp(ColourRamp.BLUES).build().toSvg());

    assertThat(select(doc, "//*[@id='legend']/*[@class='swatch']").getLength()).isEqualTo(6);
    assertThat(texts(select(doc, "//*[@id='legend']/*[local-name()='text']"))).endsWith("无数据");
    assertThat(select(doc, "//*[@id='grid-210902001001009']/@fill").item(0).getNodeValue()).isEqualTo("#d9d9d9");
    assertThat(select(doc, "//*[@id='grid-210902001001008']/@fill").item(0).getNodeValue()).isEqualTo("#08519c");
  }

  @Test
  void drawsBuildingsAScaleBarAndANorthArrow() throws Exception {
    Document doc = parse(changyuan().points(Changyuan.buildings()).build().toSvg());

    assertThat(select(doc, "//*[@class='point']").getLength()).isEqualTo(9);
    assertThat(texts(select(doc, "//*[@id='scale-bar']/*[local-name()='text']"))).containsExactly("0", "200 m");
    assertThat(select(doc, "//*[@id='north-arrow']").getLength()).isEqualTo(1);
    assertThat(select(doc, "//*[@id='legend']").getLength()).isZero();
    Document plain = parse(changyuan().northArrow(false).build().toSvg());
    assertThat(select(plain, "//*[@id='north-arrow']").getLength()).isZero();
  }

  @Test
  void drawsALevelWithItsParentsInBold() throws Exception {
    GridMap map = GridMap.ofLevel(LAYER, HIERARCHY, HIERARCHY.scheme().level("compound")).build();
    Document doc = parse(map.toSvg());

    assertThat(map.grids()).hasSize(9).isSorted();
    assertThat(map.title()).isEqualTo("小区网格图");
    assertThat(select(doc, "//*[@class='parent']").getLength()).isEqualTo(1);
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    String once = changyuan().metric("户数", Grid::households).points(Changyuan.buildings()).build().toSvg();
    String again = GridMap.ofSubtree(Changyuan.layer(), Changyuan.hierarchy(), Changyuan.COMMUNITY)
        .metric("户数", Grid::households).points(Changyuan.buildings()).build().toSvg();
    assertThat(again).isEqualTo(once);
  }

  @Test
  void writesTheSameDocumentToAWriter() throws IOException {
    GridMap map = changyuan().metric("户数", Grid::households).points(Changyuan.buildings()).width(1200).build();
    Writer out = new StringWriter();
    map.writeSvg(out);
    assertThat(out.toString()).isEqualTo(map.toSvg());

    Path file = Path.of("target", "changyuan-map.svg");
    Files.createDirectories(file.getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      map.writeSvg(w);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(map.toSvg());
  }

  @Test
  void refusesAMapWithNothingToDrawAndBadSizes() {
    BoundaryLayer empty = BoundaryLayer.empty(LAYER.system());
    assertThatThrownBy(() -> GridMap.ofSubtree(empty, HIERARCHY, Changyuan.COMMUNITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Changyuan.COMMUNITY.value());
    assertThatThrownBy(() -> changyuan().width(100)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100");
    assertThatThrownBy(() -> GridMap.ofSubtree(LAYER, HIERARCHY, GridCode.of("210902001999")))
        .hasMessageContaining("210902001999");
  }
}
