package org.civicgrid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
  @TempDir
  Path dir;

  @Test
  void filesAreWrittenIntoAFolderMadeOnFirstUseAndListedInOrder() throws IOException {
    OutputFolder out = OutputFolder.of(dir.resolve("research/layout 100"));
    out.write("metrics.md", "# 网格\n");
    out.wrote("grids.geojson");
    assertThat(Files.readString(dir.resolve("research/layout 100/metrics.md"))).isEqualTo("# 网格\n");
    assertThat(out.written()).containsExactly(dir.resolve("research/layout 100/metrics.md").toString(),
        dir.resolve("research/layout 100/grids.geojson").toString());
  }

  @Test
  void aFolderThatCannotBeMadeIsAnInputErrorNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "a file, not a folder");
    assertThatThrownBy(() -> OutputFolder.of(file.resolve("out")))
        .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.exitCode()).isEqualTo(1))
        .hasMessageStartingWith("cannot create the output folder " + file.resolve("out"));
  }
}
