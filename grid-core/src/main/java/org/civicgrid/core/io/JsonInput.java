package org.civicgrid.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;

/**
 * Strict, field-by-field reading of the objects of the hierarchy format. Every problem becomes a
 * {@link JsonMappingException} at the offending token's line and column, naming the object and the
 * field, so a reader can say exactly where a document is wrong.
 */
final class JsonInput {
  private JsonInput() {}

  /** Checks that the parser stands on the start of an object; returns where it starts. */
  static JsonLocation startObject(JsonParser p, String what) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw error(p, what + " must be an object, not " + describe(p));
    }
    return p.currentTokenLocation();
  }

  /** Moves to the next field's value and returns the field's name, or null at the end of the object. */
  static String nextField(JsonParser p) throws IOException {
    String name = p.nextFieldName();
    if (name == null) {
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw error(p, "expected a field name, not " + describe(p));
      }
      return null;
    }
    p.nextToken();
    return name;
  }

  static String text(JsonParser p, String what, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw error(p, what + " \"" + field + "\" must be a string, not " + describe(p));
    }
    return p.getText();
  }

  static long number(JsonParser p, String what, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw error(p, what + " \"" + field + "\" must be a whole number, not " + describe(p));
    }
    return p.getLongValue();
  }

  /** A count or length: a whole number from 0 to {@link Integer#MAX_VALUE}. */
  static int count(JsonParser p, String what, String field) throws IOException {
    long value = number(p, what, field);
    if (value < 0 || value > Integer.MAX_VALUE) {
      throw error(p, what + " \"" + field + "\" must be from 0 to " + Integer.MAX_VALUE + ", not " + value);
    }
    return (int) value;
  }

  static boolean bool(JsonParser p, String what, String field) throws IOException {
    if (!p.currentToken().isBoolean()) {
      throw error(p, what + " \"" + field + "\" must be true or false, not " + describe(p));
    }
    return p.getBooleanValue();
  }

  static ImmutableSet<String> strings(JsonParser p, String what, String field) throws IOException {
    startArray(p, what, field);
    ImmutableSet.Builder<String> values = ImmutableSet.builder();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(text(p, what, field));
    }
    return values.build();
  }

  static void startArray(JsonParser p, String what, String field) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw error(p, what + " \"" + field + "\" must be an array, not " + describe(p));
    }
  }

  /** Parses an enum constant by its exact name. */
  static <E extends Enum<E>> E constant(JsonParser p, Class<E> type, String what, String field) throws IOException {
    String name = text(p, what, field);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw error(p, what + " \"" + field + "\" '" + name + "' is not one of " + ImmutableSet.copyOf(type.getEnumConstants()));
  }

  static JsonMappingException unknownField(JsonParser p, String what, String field) {
    return error(p, what + " has no field \"" + field + "\"");
  }

  /** Fails unless a required field was present in the object that started at {@code start}. */
  static <T> T required(T value, JsonParser p, JsonLocation start, String what, String field)
      throws JsonMappingException {
    if (value == null) {
      throw new JsonMappingException(p, what + " starting at line " + start.getLineNr() + ", column "
          + start.getColumnNr() + " has no \"" + field + "\"", start);
    }
    return value;
  }

  /** An object the domain refuses (a negative count, a malformed level id); its message names the object. */
  static JsonMappingException refused(JsonParser p, String what, RuntimeException cause) {
    return new JsonMappingException(p, "invalid " + what + ": " + cause.getMessage(), cause);
  }

  static JsonMappingException error(JsonParser p, String message) {
    return new JsonMappingException(p, message, p.currentTokenLocation());
  }

  /** The current token as a message shows it. */
  static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "\"" + p.getText() + "\"";
      default -> p.getText();
    };
  }
}
