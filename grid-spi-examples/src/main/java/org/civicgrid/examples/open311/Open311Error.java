package org.civicgrid.examples.open311;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * A service request the adapter refuses, with the GeoReport error it answers: an HTTP-style code
 * (400 for bad input) and a description naming the offending field and value — never a reporter's
 * name or phone number, which are personal data. {@link #toJson()} renders GeoReport's error format,
 * {@code [{"code":400,"description":"..."}]}. Nothing of a refused request is stored. Immutable and
 * thread-safe.
 */
public final class Open311Error extends CivicGridException {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int status;
  private final String description;

  private Open311Error(int status, String description, Throwable cause) {
    super(ErrorCode.MALFORMED_INPUT, "Open311 " + status + ": " + description, cause);
    this.status = status;
    this.description = description;
  }

  /** A request with a bad field: code 400. */
  public static Open311Error badRequest(String description) {
    return badRequest(description, null);
  }

  /** A request with a bad field, caused by {@code cause}: code 400. */
  public static Open311Error badRequest(String description, Throwable cause) {
    checkArgument(description != null && !description.isBlank(), "an Open311 error needs a description");
    return new Open311Error(400, description, cause);
  }

  /** The GeoReport error code, 400 for bad input. */
  public int status() {
    return status;
  }

  /** What is wrong, naming the field and value. */
  public String description() {
    return description;
  }

  /** The GeoReport error document: {@code [{"code":400,"description":"..."}]}. */
  public String toJson() {
    ArrayNode errors = JSON.createArrayNode();
    errors.addObject().put("code", status).put("description", checkNotNull(description));
    return errors.toString();
  }
}
