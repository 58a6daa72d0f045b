package org.civicgrid.routing.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.io.MalformedJson;

/**
 * Reads the public-holiday data format ({@value #FORMAT}, described in {@code docs/formats.md}).
 * Each object is checked as it is read, so a problem is reported at its line with the offending
 * date or field.
 */
final class PublicHolidaysJson {
  static final String FORMAT = "civicgrid-public-holidays/1";

  private static final ObjectReader READER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build()
      .readerFor(Document.class);

  /** Jackson's wording for an absent required field, reworded without its internal index. */

  private PublicHolidaysJson() {}

  /**
   * @throws CivicGridException with {@link ErrorCode#MALFORMED_INPUT} naming the source, the line and
   *     the problem (the offending date or field)
   * @throws IOException if {@code in} cannot be read
   */
  static PublicHolidays read(InputStream in, String source) throws IOException {
    try {
      return READER.<Document>readValue(in).holidays;
    } catch (JsonProcessingException e) {
      throw MalformedJson.of(source, e);
    }
  }


  private static LocalDate date(String text, String field) {
    checkArgument(text != null, "\"%s\" is missing", field);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"" + field + "\" " + text + " is not a date of the form yyyy-mm-dd", e);
    }
  }

  /** The whole document. */
  static final class Document {
    final PublicHolidays holidays;

    @JsonCreator
    Document(@JsonProperty(value = "format", required = true) String format,
        @JsonProperty("description") String description,
        @JsonProperty(value = "arrangements", required = true) List<Arrangement> arrangements) {
      checkArgument(FORMAT.equals(format), "format '%s' is not %s", format, FORMAT);
      checkArgument(arrangements != null, "\"arrangements\" is missing");
      this.holidays = PublicHolidays.of(arrangements.stream().map(a -> a.arrangement).toList());
    }
  }

  /** One year's arrangement. */
  static final class Arrangement {
    final HolidayArrangement arrangement;

    @JsonCreator
    Arrangement(@JsonProperty(value = "year", required = true) int year,
        @JsonProperty(value = "source", required = true) String source,
        @JsonProperty(value = "holidays", required = true) List<Holiday> holidays) {
      checkArgument(holidays != null, "\"holidays\" of %s is missing", year);
      this.arrangement = new HolidayArrangement(year, source,
          ImmutableList.copyOf(holidays.stream().map(h -> h.holiday).toList()));
    }
  }

  /** One holiday period. */
  static final class Holiday {
    final PublicHoliday holiday;

    @JsonCreator
    Holiday(@JsonProperty(value = "nameZh", required = true) String nameZh,
        @JsonProperty(value = "nameEn", required = true) String nameEn,
        @JsonProperty(value = "first", required = true) String first,
        @JsonProperty(value = "last", required = true) String last,
        @JsonProperty("makeUpDays") List<String> makeUpDays) {
      ImmutableSortedSet.Builder<LocalDate> days = ImmutableSortedSet.naturalOrder();
      if (makeUpDays != null) {
        makeUpDays.forEach(d -> days.add(date(d, "makeUpDays")));
      }
      this.holiday = new PublicHoliday(nameZh, nameEn, date(first, "first"), date(last, "last"), days.build());
    }
  }
}
