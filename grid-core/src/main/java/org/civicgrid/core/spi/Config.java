package org.civicgrid.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableSortedSet.toImmutableSortedSet;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * The typed, validated configuration a {@link ProviderFactory} receives: every value already parsed
 * into the type its {@link ParameterDescriptor} declares, so a plugin never reads raw strings or
 * {@code Properties}.
 *
 * <p>A configuration is made by {@link #validate}, which checks raw key-value pairs against a
 * plugin's descriptors and reports every problem at once, or is {@link #empty()}. Secret values
 * never appear in messages or in {@link #toString()}.
 *
 * <p>Instances are immutable and thread-safe, provided the parsed values are, as every supported
 * type's values are.
 */
public final class Config {
  private static final Config EMPTY = new Config("", ImmutableMap.of(), ImmutableMap.of());

  private final String pluginId;
  private final ImmutableMap<String, ParameterDescriptor<?>> parameters;
  private final ImmutableMap<String, Object> values;

  private Config(
      String pluginId,
      ImmutableMap<String, ParameterDescriptor<?>> parameters,
      ImmutableMap<String, Object> values) {
    this.pluginId = pluginId;
    this.parameters = parameters;
    this.values = values;
  }

  /**
   * Returns the configuration of a plugin that declares no parameters.
   *
   * @return the empty configuration, whose plugin id is the empty string
   */
  public static Config empty() {
    return EMPTY;
  }

  /**
   * Checks raw configuration against a plugin's parameters and parses it.
   *
   * <p>All problems are collected before failing: required keys that are missing, values that do
   * not parse, and keys the plugin does not declare. The exception's message names each problem's
   * key, and never shows a secret value.
   *
   * @param pluginId the id of the plugin being configured, named in messages
   * @param descriptors the parameters the plugin declares, with distinct keys
   * @param raw the configured text per key
   * @return the validated configuration
   * @throws CivicGridException with {@link ErrorCode#PLUGIN_CONFIG_INVALID} if any problem is found
   * @throws IllegalArgumentException if two descriptors share a key
   */
  public static Config validate(
      String pluginId,
      List<? extends ParameterDescriptor<?>> descriptors,
      Map<String, String> raw) {
    checkNotNull(pluginId, "pluginId");
    ImmutableMap<String, ParameterDescriptor<?>> parameters = byKey(pluginId, descriptors);
    ImmutableMap<String, String> supplied = ImmutableMap.copyOf(checkNotNull(raw, "raw"));

    List<String> problems = new ArrayList<>();
    ImmutableMap.Builder<String, Object> values = ImmutableMap.builder();
    for (ParameterDescriptor<?> parameter : parameters.values()) {
      String text = supplied.get(parameter.key());
      if (text == null) {
        if (parameter.isRequired()) {
          problems.add(missing(parameter));
        }
        continue;
      }
      try {
        values.put(parameter.key(), parameter.parse(text));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    ImmutableSortedSet<String> unknown =
        supplied.keySet().stream()
            .filter(key -> !parameters.containsKey(key))
            .collect(toImmutableSortedSet(Comparator.naturalOrder()));
    unknown.forEach(key -> problems.add("unknown key " + key));

    if (!problems.isEmpty()) {
      throw invalid(
          pluginId, problems, unknown.isEmpty() ? ImmutableSet.of() : parameters.keySet());
    }
    return new Config(pluginId, parameters, values.buildOrThrow());
  }

  /**
   * Returns the id of the plugin this configuration was validated for.
   *
   * @return the plugin id; empty for {@link #empty()}
   */
  public String pluginId() {
    return pluginId;
  }

  /**
   * Returns the parameters this configuration was validated against, in declaration order.
   *
   * @return the plugin's parameter descriptors
   */
  public ImmutableList<ParameterDescriptor<?>> parameters() {
    return parameters.values().asList();
  }

  /**
   * Returns a parameter's configured value, or else its default.
   *
   * @param parameter one of the descriptors this configuration was validated against
   * @param <T> the value type
   * @return the configured or default value
   * @throws IllegalArgumentException if the parameter was not declared by the plugin, or is an
   *     optional parameter without default that is not configured (use {@link #find} for those)
   */
  public <T> T get(ParameterDescriptor<T> parameter) {
    Optional<T> value = find(parameter);
    checkArgument(
        value.isPresent(),
        "key %s of plugin %s is optional without default and not configured; use find()",
        parameter.key(),
        pluginId);
    return value.get();
  }

  /**
   * Returns a parameter's configured value, or else its default, or else nothing.
   *
   * @param parameter one of the descriptors this configuration was validated against
   * @param <T> the value type
   * @return the configured or default value, or empty if there is neither
   * @throws IllegalArgumentException if the parameter was not declared by the plugin
   */
  public <T> Optional<T> find(ParameterDescriptor<T> parameter) {
    checkNotNull(parameter, "parameter");
    checkArgument(
        parameter.equals(parameters.get(parameter.key())),
        "key %s is not a parameter declared by plugin %s",
        parameter.key(),
        pluginId);
    Object value = values.get(parameter.key());
    return value == null ? parameter.defaultValue() : Optional.of(parameter.type().cast(value));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Config)) {
      return false;
    }
    Config that = (Config) other;
    return pluginId.equals(that.pluginId)
        && parameters.equals(that.parameters)
        && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pluginId, parameters, values);
  }

  /** Shows the effective value of each parameter that has one, secrets masked as {@code ****}. */
  @Override
  public String toString() {
    Map<String, String> shown = new LinkedHashMap<>();
    for (ParameterDescriptor<?> parameter : parameters.values()) {
      Optional<?> value =
          values.containsKey(parameter.key())
              ? Optional.of(values.get(parameter.key()))
              : parameter.defaultValue();
      value.ifPresent(v -> shown.put(parameter.key(), parameter.display(v)));
    }
    return MoreObjects.toStringHelper("Config")
        .add("plugin", pluginId)
        .add("values", shown)
        .toString();
  }

  private static ImmutableMap<String, ParameterDescriptor<?>> byKey(
      String pluginId, List<? extends ParameterDescriptor<?>> descriptors) {
    Map<String, ParameterDescriptor<?>> byKey = new LinkedHashMap<>();
    for (ParameterDescriptor<?> descriptor : descriptors) {
      checkNotNull(descriptor, "null parameter descriptor of plugin %s", pluginId);
      checkArgument(
          byKey.putIfAbsent(descriptor.key(), descriptor) == null,
          "plugin %s declares key %s twice",
          pluginId,
          descriptor.key());
    }
    return ImmutableMap.copyOf(byKey);
  }

  private static String missing(ParameterDescriptor<?> parameter) {
    String what = parameter.description().isEmpty() ? "" : " (" + parameter.description() + ")";
    return "missing required key " + parameter.key() + what;
  }

  /**
   * Builds the one exception that lists every problem; {@code declaredKeys} is empty unless an
   * unknown key was found, where listing the declared ones turns a typo into an obvious fix.
   */
  private static CivicGridException invalid(
      String pluginId, List<String> problems, Set<String> declaredKeys) {
    StringBuilder message =
        new StringBuilder("configuration of plugin ")
            .append(pluginId)
            .append(" has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem: " : " problems: ")
            .append(String.join("; ", problems));
    if (!declaredKeys.isEmpty()) {
      message.append(". Keys declared by ").append(pluginId).append(": ").append(declaredKeys);
    }
    return new CivicGridException(ErrorCode.PLUGIN_CONFIG_INVALID, message.toString());
  }
}
