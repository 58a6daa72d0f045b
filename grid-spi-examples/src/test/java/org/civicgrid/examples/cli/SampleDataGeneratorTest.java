package org.civicgrid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataGeneratorTest {
  @TempDir
  Path dir;

  @Test
  void theCommittedSampleFilesAreWhatTheGeneratorWrites() throws IOException {
    SampleDataGenerator.write(dir);
    for (String name : List.of(SampleDataGenerator.HOUSEHOLDS, SampleDataGenerator.PARENTS,
        SampleDataGenerator.SCENARIO)) {
      assertThat(Files.readAllBytes(dir.resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(Cli.SAMPLE.resolve(name)));
    }
  }

  @Test
  void theSampleIsTwentyThousandHouseholdsInEightCommunitiesUnderTwoMegabytes() throws IOException {
    List<String> rows = Files.readAllLines(Cli.SAMPLE.resolve(SampleDataGenerator.HOUSEHOLDS));
    assertThat(rows.get(0)).isEqualTo("lon,lat,households,residents");
    assertThat(rows).hasSize(20_001);
    assertThat(Files.readString(Cli.SAMPLE.resolve(SampleDataGenerator.PARENTS))).contains("\"210902001008\"")
        .doesNotContain("\"210902001009\"");
    long bytes = 0;
    try (var files = Files.list(Cli.SAMPLE)) {
      for (Path file : files.toList()) {
        bytes += Files.size(file);
      }
    }
    assertThat(bytes).isLessThan(2_000_000);
  }
}
