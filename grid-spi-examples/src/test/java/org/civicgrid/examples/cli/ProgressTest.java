package org.civicgrid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void eachStageIsOneLineWithItsFiguresAndSeconds() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Progress progress = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), false);
    progress.done("graphs", "%d/%d communities", 70, 70);
    progress.done("layout", "%d grids", 2000);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .matches("graphs 70/70 communities \\d+\\.\\d s\\nlayout 2000 grids \\d+\\.\\d s\\n");
  }

  @Test
  void quietSaysNothing() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Progress progress = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), true);
    progress.done("layout", "%d grids", 200);
    assertThat(err.toByteArray()).isEmpty();
  }
}
