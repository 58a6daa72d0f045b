package org.civicgrid.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinePerEntryLayoutTest {
  private static String write(Object value) throws Exception {
    return JsonMapper.builder().build().writer(new LinePerEntryLayout("grids")).writeValueAsString(value);
  }

  @Test
  void putsEachDocumentEntryAndEachElementOfANamedListOnALine() throws Exception {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", "x");
    doc.put("grids", List.of(Map.of("code", "01"), Map.of("code", "02")));
    doc.put("tags", List.of("a", "b"));
    assertThat(write(doc)).isEqualTo(
        "{\"format\":\"x\",\n\"grids\":[\n  {\"code\":\"01\"},\n  {\"code\":\"02\"}\n],\n\"tags\":[\"a\",\"b\"]}");
  }

  @Test
  void anEmptyNamedListStaysCompact() throws Exception {
    assertThat(write(Map.of("grids", List.of()))).isEqualTo("{\"grids\":[]}");
  }
}
