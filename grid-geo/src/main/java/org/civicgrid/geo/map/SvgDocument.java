package org.civicgrid.geo.map;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A small SVG writer: elements with attributes and text, escaped for XML, numbers in one fixed
 * format (Locale.ROOT, one decimal, no negative zero) so that output is byte-for-byte repeatable.
 * Not thread-safe; one per rendering.
 */
final class SvgDocument {
  private final StringBuilder out = new StringBuilder(1 << 16);
  private final Deque<String> open = new ArrayDeque<>();
  private final Deque<Boolean> hasChildElements = new ArrayDeque<>();
  private boolean inStartTag;

  SvgDocument(double width, double height) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    start("svg").attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("width", num(width)).attr("height", num(height))
        .attr("viewBox", "0 0 " + num(width) + " " + num(height))
        .attr("font-family", "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif");
  }

  /** A number as SVG gets it: one decimal, Locale.ROOT, never {@code -0.0}. */
  static String num(double value) {
    String s = String.format(Locale.ROOT, "%.1f", value);
    return s.equals("-0.0") ? "0.0" : s;
  }

  /** {@code text} escaped for XML content and attribute values; characters XML 1.0 forbids become U+FFFD. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
              || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
          b.appendCodePoint(allowed ? c : 0xFFFD);
        }
      }
    });
    return b.toString();
  }

  SvgDocument start(String element) {
    closeStartTag();
    if (!hasChildElements.isEmpty()) {
      hasChildElements.pop();
      hasChildElements.push(true);
    }
    if (!open.isEmpty()) {
      out.append('\n').append("  ".repeat(open.size()));
    }
    out.append('<').append(element);
    open.push(element);
    hasChildElements.push(false);
    inStartTag = true;
    return this;
  }

  SvgDocument attr(String name, String value) {
    out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    return this;
  }

  SvgDocument attr(String name, double value) {
    return attr(name, num(value));
  }

  SvgDocument text(String text) {
    closeStartTag();
    out.append(escape(text));
    return this;
  }

  /** Ends the innermost open element: {@code />} if it has no content. */
  SvgDocument end() {
    String element = open.pop();
    boolean parent = hasChildElements.pop();
    if (inStartTag) {
      out.append("/>");
      inStartTag = false;
    } else if (parent) {
      out.append('\n').append("  ".repeat(open.size())).append("</").append(element).append('>');
    } else {
      out.append("</").append(element).append('>');
    }
    return this;
  }

  /** An element holding only {@code text}. */
  SvgDocument element(String element, String text) {
    return start(element).text(text).end();
  }

  /** Ends every open element and returns the document. */
  String finish() {
    while (!open.isEmpty()) {
      end();
    }
    return out.append('\n').toString();
  }

  private void closeStartTag() {
    if (inStartTag) {
      out.append('>');
      inStartTag = false;
    }
  }
}
