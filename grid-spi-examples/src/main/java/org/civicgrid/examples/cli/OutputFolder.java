package org.civicgrid.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder a command writes its files into ({@code --out}), created on first use; a file that cannot be
 * written is a {@link CommandException#input} naming it. Not thread-safe: one per command run.
 */
final class OutputFolder {
  private final Path folder;
  private final List<String> written = new ArrayList<>();

  private OutputFolder(Path folder) {
    this.folder = folder;
  }

  static OutputFolder of(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw CommandException.input("cannot create the output folder %s: %s", folder, e);
    }
    return new OutputFolder(folder);
  }

  /** The path of {@code name} in the folder. */
  Path resolve(String name) {
    return folder.resolve(name);
  }

  /** Writes {@code text} as UTF-8 to {@code name} in the folder. */
  void write(String name, String text) {
    Path file = folder.resolve(name);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CommandException.input("cannot write %s: %s", file, e);
    }
    written.add(file.toString());
  }

  /** Records that {@code name} was written by other means. */
  void wrote(String name) {
    written.add(folder.resolve(name).toString());
  }

  /** The files written so far, in order. */
  ImmutableList<String> written() {
    return ImmutableList.copyOf(written);
  }
}
