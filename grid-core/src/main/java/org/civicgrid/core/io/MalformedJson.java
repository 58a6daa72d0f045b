package org.civicgrid.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.regex.Pattern;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * Turns Jackson's failure to read a document bound to records into one {@link ErrorCode#MALFORMED_INPUT}
 * error a person can act on: the file and line, then the record's own refusal, the unknown field and
 * the known ones, or the missing field by name. Stateless.
 */
public final class MalformedJson {
  private static final Pattern MISSING = Pattern.compile("Missing required creator property '(\\w+)' \\(index \\d+\\)");

  private MalformedJson() {}

  /** The error for {@code e}, met while reading {@code source} (a file name, or what the text is). */
  public static CivicGridException of(String source, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? source : source + ", line " + at.getLineNr();
    String problem;
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      problem = e.getCause().getMessage();
    } else if (e instanceof UnrecognizedPropertyException u) {
      problem = "unknown field \"" + u.getPropertyName() + "\"; expected one of " + u.getKnownPropertyIds();
    } else {
      problem = MISSING.matcher(e.getOriginalMessage()).replaceAll("\"$1\" is missing");
    }
    return new CivicGridException(ErrorCode.MALFORMED_INPUT, where + ": " + problem, e);
  }
}
