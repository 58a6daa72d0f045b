package org.civicgrid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgumentsTest {
  private static final ImmutableSet<String> VALUED = ImmutableSet.of("households", "target", "band", "out");
  private static final ImmutableSet<String> FLAGS = ImmutableSet.of("quiet", "split-buildings");

  @TempDir
  Path dir;

  private static Arguments parse(String... args) {
    return Arguments.parse("layout", List.of(args), VALUED, FLAGS);
  }

  private static void assertUsageError(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(CommandException.class,
        e -> assertThat(e.exitCode()).isEqualTo(CommandException.USAGE)).hasMessage(message);
  }

  @Test
  void valuesFollowTheirOptionOrAnEqualsSignAndFlagsStandAlone() {
    Arguments args = parse("--target", "300", "--band=0.2", "--quiet");
    assertThat(args.whole("target", 100, 1)).isEqualTo(300);
    assertThat(args.fraction("band", 0.1, 0, 1)).isEqualTo(0.2);
    assertThat(args.has("quiet")).isTrue();
    assertThat(args.has("split-buildings")).isFalse();
    assertThat(args.whole("seed-less", 7, 0)).isEqualTo(7);
  }

  @Test
  void anUnknownOptionIsNamed() {
    assertUsageError(() -> parse("--househols", "x.csv"),
        "civicgrid layout: unknown option --househols (see civicgrid layout --help)");
  }

  @Test
  void aStrayArgumentIsNamed() {
    assertUsageError(() -> parse("households.csv"),
        "civicgrid layout: unexpected argument 'households.csv' (options start with --; see civicgrid layout --help)");
  }

  @Test
  void anOptionWithoutItsValueIsNamed() {
    assertUsageError(() -> parse("--target", "--quiet"), "civicgrid layout: option --target needs a value");
    assertUsageError(() -> parse("--out"), "civicgrid layout: option --out needs a value");
  }

  @Test
  void aFlagWithAValueAndAnOptionGivenTwiceAreRefused() {
    assertUsageError(() -> parse("--quiet=yes"), "civicgrid layout: option --quiet takes no value");
    assertUsageError(() -> parse("--target", "1", "--target", "2"), "civicgrid layout: option --target is given twice");
  }

  @Test
  void badNumbersNameTheOptionAndTheValue() {
    assertUsageError(() -> parse("--target", "ten").whole("target", 100, 1),
        "civicgrid layout: --target 'ten' is not a whole number");
    assertUsageError(() -> parse("--target", "0").whole("target", 100, 1), "civicgrid layout: --target 0 is below 1");
    assertUsageError(() -> parse("--band", "1.5").fraction("band", 0.1, 0, 1),
        "civicgrid layout: --band 1.5 is not between 0.0 and 1.0");
    assertUsageError(() -> parse("--band", "NaN").fraction("band", 0.1, 0, 1),
        "civicgrid layout: --band NaN is not between 0.0 and 1.0");
    assertUsageError(() -> parse("--band", "wide").fraction("band", 0.1, 0, 1),
        "civicgrid layout: --band 'wide' is not a number");
  }

  @Test
  void aRequiredFileMustBeGivenAndExist() throws IOException {
    assertUsageError(() -> parse().existingFile("households"), "civicgrid layout: option --households is required");
    Path missing = dir.resolve("no such.csv");
    assertUsageError(() -> parse("--households", missing.toString()).existingFile("households"),
        "civicgrid layout: --households " + missing + ": no such file");
    Path file = Files.writeString(dir.resolve("with space.csv"), "lon,lat\n");
    assertThat(parse("--households", file.toString()).existingFile("households")).isEqualTo(file);
  }
}
