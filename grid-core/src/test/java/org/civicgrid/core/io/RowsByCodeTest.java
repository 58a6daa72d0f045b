package org.civicgrid.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowsByCodeTest {
  @Test
  void keysKeepLeadingZerosAndPrefixesApart() {
    assertThat(RowsByCode.key("0101", 4)).isNotEqualTo(RowsByCode.key("101", 3));
    assertThat(RowsByCode.key("110101000000", 6)).isEqualTo(RowsByCode.key("110101", 6));
    assertThat(RowsByCode.key("110101", 4)).isEqualTo(RowsByCode.key("1101", 4));
  }

  @Test
  void remembersTheFirstRowOfEachCodeThroughGrowth() {
    RowsByCode rows = new RowsByCode();
    for (int i = 0; i < 5_000; i++) {
      assertThat(rows.putIfAbsent(RowsByCode.key(String.format("11%04d", i), 6), i)).isEqualTo(-1);
    }
    assertThat(rows.putIfAbsent(RowsByCode.key("110042", 6), 9_999)).isEqualTo(42);
    assertThat(rows.get(RowsByCode.key("114999", 6))).isEqualTo(4_999);
    assertThat(rows.get(RowsByCode.key("115000", 6))).isEqualTo(-1);
    assertThat(rows.get(RowsByCode.key("0110042", 7))).isEqualTo(-1);
  }
}
