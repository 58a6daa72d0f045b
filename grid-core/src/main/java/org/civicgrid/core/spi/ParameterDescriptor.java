package org.civicgrid.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One configuration parameter that a plugin declares, so that its configuration can be documented,
 * validated before the plugin runs and shown without leaking secrets (after GeoTools' {@code Param}
 * and Keycloak's {@code ProviderConfigProperty}).
 *
 * <p>A descriptor has a key (lower-kebab segments joined by dots, such as {@code jdbc-url} or
 * {@code pool.max-size}), a value type, a required flag or else an optional default value, a
 * description and a secret flag. Supported types are {@link String}, {@link Integer}, {@link Long},
 * {@link Boolean}, {@link Double}, {@link java.time.Duration} (ISO-8601 such as {@code PT30S}, or a
 * count with a unit: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}), {@link
 * java.nio.file.Path}, {@link java.net.URI} and enums (constant names in any case, with {@code -}
 * for {@code _}). Plugins usually keep their descriptors as constants:
 *
 * <pre>{@code
 * static final ParameterDescriptor<String> JDBC_URL =
 *     ParameterDescriptor.builder("jdbc-url", String.class)
 *         .required()
 *         .description("JDBC URL of the database")
 *         .build();
 * }</pre>
 *
 * <p>A value a type accepts may still be out of bounds for the plugin (a pool of 0 connections, a
 * schema name with spaces); {@link Builder#check} declares such rules, so that {@link Config#validate}
 * reports them together with missing and malformed keys, in one error, before the plugin starts. A
 * descriptor's checks are not part of its equality.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the parameter's value
 */
public final class ParameterDescriptor<T> {
  /** What a secret value is shown as in messages and {@code toString}. */
  static final String MASK = "****";

  private final String key;
  private final ParameterType<T> type;
  private final boolean required;
  private final T defaultValue;
  private final String description;
  private final boolean secret;
  private final ImmutableList<Check<T>> checks;

  private ParameterDescriptor(Builder<T> builder) {
    this.key = builder.key;
    this.type = builder.type;
    this.required = builder.required;
    this.defaultValue = builder.defaultValue;
    this.description = builder.description;
    this.secret = builder.secret;
    this.checks = ImmutableList.copyOf(builder.checks);
  }

  /**
   * Starts a descriptor for an optional, non-secret parameter without default or description.
   *
   * @param key the parameter's key, such as {@code jdbc-url} or {@code pool.max-size}
   * @param type the value type; a primitive class stands for its wrapper
   * @param <T> the value type
   * @return a builder for the descriptor
   * @throws IllegalArgumentException if the key is malformed or the type is not supported
   */
  public static <T> Builder<T> builder(String key, Class<T> type) {
    checkArgument(
        Identifiers.isParameterKey(key),
        "bad key %s: use lower-kebab segments joined by dots, such as pool.max-size",
        key);
    checkNotNull(type, "type");
    Optional<ParameterType<T>> parameterType = ParameterType.find(type);
    checkArgument(
        parameterType.isPresent(),
        "bad type %s for key %s: supported are %s",
        type.getName(),
        key,
        ParameterType.supportedTypes());
    return new Builder<>(key, parameterType.get());
  }

  /**
   * Returns the key under which the value is configured.
   *
   * @return the key, such as {@code jdbc-url}
   */
  public String key() {
    return key;
  }

  /**
   * Returns the value type.
   *
   * @return the value class; never a primitive class
   */
  public Class<T> type() {
    return type.type();
  }

  /**
   * Returns whether a configuration must supply this parameter.
   *
   * @return {@code true} if the parameter is required
   */
  public boolean isRequired() {
    return required;
  }

  /**
   * Returns the value used when a configuration does not supply this parameter.
   *
   * @return the default value, or empty for required parameters and optional ones without default
   */
  public Optional<T> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /**
   * Returns the human-readable explanation shown in documentation and error messages.
   *
   * @return the description; empty if none was given
   */
  public String description() {
    return description;
  }

  /**
   * Returns whether the value is a secret (a password or token) that messages and logs must not
   * show.
   *
   * @return {@code true} if the value is masked wherever it is displayed
   */
  public boolean isSecret() {
    return secret;
  }

  /**
   * Reads a value of this parameter's type from its configuration text. Strings are taken verbatim;
   * other types ignore surrounding whitespace.
   *
   * @param raw the configured text
   * @return the parsed value
   * @throws IllegalArgumentException naming the key and the value (masked if secret) when the text
   *     is not a valid value of this type or the value breaks one of the descriptor's checks
   */
  public T parse(String raw) {
    checkNotNull(raw, "raw value for key %s", key);
    T value;
    try {
      value = type.parse(raw);
    } catch (RuntimeException e) {
      String message =
          String.format(
              "bad value for %s: %s is not %s",
              key, secret ? MASK : '"' + raw + '"', type.expectation());
      // A parser's own message usually repeats the input, so a secret's cause is left out.
      throw secret
          ? new IllegalArgumentException(message)
          : new IllegalArgumentException(message, e);
    }
    for (Check<T> check : checks) {
      checkArgument(check.rule().test(value), "bad value for %s: %s must be %s", key,
          secret ? MASK : '"' + raw + '"', check.requirement());
    }
    return value;
  }

  /** Renders a value of this parameter for messages and logs: masked if the parameter is secret. */
  String display(Object value) {
    return secret ? MASK : String.valueOf(value);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ParameterDescriptor)) {
      return false;
    }
    ParameterDescriptor<?> that = (ParameterDescriptor<?>) other;
    return key.equals(that.key)
        && type().equals(that.type())
        && required == that.required
        && Objects.equals(defaultValue, that.defaultValue)
        && description.equals(that.description)
        && secret == that.secret;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, type(), required, defaultValue, description, secret);
  }

  @Override
  public String toString() {
    MoreObjects.ToStringHelper helper =
        MoreObjects.toStringHelper("ParameterDescriptor")
            .add("key", key)
            .add("type", type().getSimpleName());
    if (required) {
      helper.addValue("required");
    }
    if (defaultValue != null) {
      helper.add("default", display(defaultValue));
    }
    if (secret) {
      helper.addValue("secret");
    }
    return helper.toString();
  }

  /**
   * Collects the attributes of a {@link ParameterDescriptor}. A builder is not thread-safe; the
   * descriptor it builds is.
   *
   * @param <T> the type of the parameter's value
   */
  public static final class Builder<T> {
    private final String key;
    private final ParameterType<T> type;
    private boolean required;
    private T defaultValue;
    private String description = "";
    private boolean secret;
    private final List<Check<T>> checks = new ArrayList<>();

    private Builder(String key, ParameterType<T> type) {
      this.key = key;
      this.type = type;
    }

    /**
     * Makes the parameter required: a configuration without it is rejected.
     *
     * @return this builder
     */
    public Builder<T> required() {
      this.required = true;
      return this;
    }

    /**
     * Sets the value used when a configuration does not supply the parameter.
     *
     * @param value the default value
     * @return this builder
     */
    public Builder<T> defaultValue(T value) {
      // The cast guards against raw-typed callers slipping in a value of another type.
      this.defaultValue = type.type().cast(checkNotNull(value, "default value for key %s", key));
      return this;
    }

    /**
     * Sets the human-readable explanation shown in documentation and error messages.
     *
     * @param text what the parameter controls, with its unit or format if any
     * @return this builder
     */
    public Builder<T> description(String text) {
      this.description = checkNotNull(text, "description for key %s", key);
      return this;
    }

    /**
     * Marks the value as a secret, such as a password or token, so that it is masked as {@code
     * ****} wherever it is displayed.
     *
     * @return this builder
     */
    public Builder<T> secret() {
      this.secret = true;
      return this;
    }

    /**
     * Adds a rule every value must meet, such as {@code n -> n >= 1} with the requirement {@code "at
     * least 1"}; a value that breaks it is reported as {@code bad value for KEY: VALUE must be
     * REQUIREMENT}.
     *
     * @param rule true for an acceptable value; it must be pure
     * @param requirement what a value must be, completing "must be …"
     * @return this builder
     */
    public Builder<T> check(Predicate<? super T> rule, String requirement) {
      checks.add(new Check<>(checkNotNull(rule, "rule for key %s", key),
          checkNotNull(requirement, "requirement for key %s", key)));
      return this;
    }

    /**
     * Builds the descriptor.
     *
     * @return the immutable descriptor
     * @throws IllegalArgumentException if the parameter is both required and has a default value, or
     *     the default value breaks a check
     */
    public ParameterDescriptor<T> build() {
      checkArgument(
          !(required && defaultValue != null),
          "bad key %s: a required parameter cannot have a default value",
          key);
      for (Check<T> check : checks) {
        checkArgument(defaultValue == null || check.rule().test(defaultValue),
            "bad key %s: the default value must be %s", key, check.requirement());
      }
      return new ParameterDescriptor<>(this);
    }
  }

  /** A rule a value must meet and what it requires, in words. */
  private record Check<T>(Predicate<? super T> rule, String requirement) {}
}
