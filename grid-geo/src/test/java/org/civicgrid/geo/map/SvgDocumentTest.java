package org.civicgrid.geo.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgDocumentTest {
  @Test
  void escapesMarkupAndReplacesCharactersXmlForbids() {
    assertThat(SvgDocument.escape("A&B<花园>\"'")).isEqualTo("A&amp;B&lt;花园&gt;&quot;&apos;");
    assertThat(SvgDocument.escape("一\u0001组")).isEqualTo("一\uFFFD组");
    assertThat(SvgDocument.escape("\uD842\uDFB7")).isEqualTo("\uD842\uDFB7");
  }

  @Test
  void formatsNumbersTheSameWayEverywhere() {
    assertThat(SvgDocument.num(12.345)).isEqualTo("12.3");
    assertThat(SvgDocument.num(-0.04)).isEqualTo("0.0");
    assertThat(SvgDocument.num(1e7)).isEqualTo("10000000.0");
  }

  @Test
  void nestsElementsAndClosesEmptyOnes() {
    SvgDocument doc = new SvgDocument(10, 20);
    doc.start("g").attr("id", "a&b").start("rect").attr("x", 1.25).end().element("text", "<x>").end();
    String svg = doc.finish();
    assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10.0\"")
        .contains("<g id=\"a&amp;b\">\n    <rect x=\"1.3\"/>\n    <text>&lt;x&gt;</text>\n  </g>\n</svg>\n");
  }
}
