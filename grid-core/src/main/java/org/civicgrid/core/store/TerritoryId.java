package org.civicgrid.core.store;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * The key a territory's grid history is stored under, for example {@code fuxin-haizhou} or a county
 * code. Letters, digits, '.', '_' and '-', 1 to 128 characters, so every store can use it as a key.
 */
public record TerritoryId(String value) implements Comparable<TerritoryId> {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

  public TerritoryId {
    checkArgument(value != null && VALID.matcher(value).matches(),
        "territory id %s must be 1 to 128 letters, digits, '.', '_' or '-'", value);
  }

  public static TerritoryId of(String value) {
    return new TerritoryId(value);
  }

  @Override
  public int compareTo(TerritoryId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
