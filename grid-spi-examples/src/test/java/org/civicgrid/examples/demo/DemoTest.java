package org.civicgrid.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {
  private static String runDemo() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Demo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheSampleCountyAsATreeWithRolledUpHouseholds() {
    String out = runDemo();
    assertThat(out).contains("27 grids, 30 places");
    assertThat(out).contains("210902 海州区 [county or district] 1,138 households");
    assertThat(out).contains("├─ 210902001 和平街道 [subdistrict] 710 households");
    assertThat(out).contains("└─ 210902101 韩家店镇 [township] 228 households");
    assertThat(out).contains("      └─ 210902101202002 北山新二组 [hamlet] 30 households, 77 residents");
  }

  @Test
  void printsEveryFinding() {
    String out = runDemo();
    assertThat(out).contains("Findings (6):");
    assertThat(out).contains("WARNING households-outside-band [210902001001001003] 150 households");
    assertThat(out).contains("WARNING not-docked [police-beats/beat-4]");
    assertThat(out).contains("WARNING grid-without-channel [210902101202002]");
  }

  @Test
  void theFixtureIsAValidHierarchy() {
    assertThat(Demo.loadSampleCounty().findings().hasErrors()).isFalse();
    assertThat(Demo.loadSampleCounty().size()).isEqualTo(27);
  }
}
