package org.civicgrid.routing.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {
  private static final PublicHolidays CHINA = PublicHolidays.china();

  @Test
  void chinaDeclares2025And2026FromTheStateCouncilNotices() {
    assertThat(CHINA.years()).containsExactly(2025, 2026);
    assertThat(CHINA.arrangement(2025).orElseThrow().source()).contains("国办发明电〔2024〕12号");
    assertThat(CHINA.arrangement(2026).orElseThrow().source()).contains("2026年部分节假日安排");
  }

  @Test
  void chinas2025SpringFestivalRunsFromNewYearsEveToTheSeventhDayWithTwoMakeUpDays() {
    PublicHoliday spring = CHINA.holidayOn(LocalDate.of(2025, 1, 28)).orElseThrow();
    assertThat(spring.nameZh()).isEqualTo("春节");
    assertThat(spring.days()).hasSize(8).endsWith(LocalDate.of(2025, 2, 4));
    assertThat(spring.makeUpDays()).containsExactly(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8));
    assertThat(CHINA.makeUpDayFor(LocalDate.of(2025, 1, 26))).contains(spring);
    assertThat(CHINA.holidayOn(LocalDate.of(2025, 2, 5))).isEmpty();
  }

  @Test
  void chinaHasEveryDayOffAndMakeUpDayOfBothNotices() {
    assertThat(daysOff(2025)).isEqualTo(1 + 8 + 3 + 5 + 3 + 8);
    assertThat(makeUpDays(2025)).isEqualTo(2 + 1 + 2);
    assertThat(daysOff(2026)).isEqualTo(3 + 9 + 3 + 5 + 3 + 3 + 7);
    assertThat(makeUpDays(2026)).isEqualTo(1 + 2 + 1 + 2);
    assertThat(CHINA.holidayOn(LocalDate.of(2025, 10, 8)).orElseThrow().nameEn())
        .isEqualTo("National Day and Mid-Autumn Festival");
    assertThat(CHINA.makeUpDayFor(LocalDate.of(2026, 10, 10)).orElseThrow().nameEn()).isEqualTo("National Day");
    assertThat(CHINA.makeUpDayFor(LocalDate.of(2026, 1, 4)).orElseThrow().nameZh()).isEqualTo("元旦");
  }

  @Test
  void noneDeclaresNothing() {
    assertThat(PublicHolidays.none().isEmpty()).isTrue();
    assertThat(PublicHolidays.none().holidayOn(LocalDate.of(2025, 1, 1))).isEmpty();
  }

  @Test
  void plusAddsNextYearsNoticeButRefusesAYearTwice() {
    HolidayArrangement y2027 = HolidayArrangement.of(2027, "test notice",
        PublicHoliday.of("元旦", "New Year's Day", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)));
    assertThat(CHINA.plus(y2027).years()).containsExactly(2025, 2026, 2027);
    assertThatThrownBy(() -> CHINA.plus(HolidayArrangement.of(2026, "again")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026");
  }

  @Test
  void aDateClaimedByTwoYearsNoticesIsRefused() {
    HolidayArrangement y2018 = HolidayArrangement.of(2018, "2018 notice",
        PublicHoliday.of("元旦", "New Year's Day", LocalDate.of(2018, 12, 30), LocalDate.of(2018, 12, 31)));
    HolidayArrangement y2019 = HolidayArrangement.of(2019, "2019 notice",
        PublicHoliday.of("元旦", "New Year's Day", LocalDate.of(2018, 12, 30), LocalDate.of(2019, 1, 1)));
    assertThatThrownBy(() -> PublicHolidays.of(y2018, y2019))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2018-12-30");
  }

  @Test
  void readsTheDocumentedFormat() throws IOException {
    PublicHolidays read = read("""
        {
          "format": "civicgrid-public-holidays/1",
          "arrangements": [
            { "year": 2027, "source": "test", "holidays": [
              { "nameZh": "劳动节", "nameEn": "Labour Day", "first": "2027-05-01", "last": "2027-05-05",
                "makeUpDays": ["2027-05-08"] } ] }
          ]
        }
        """);
    assertThat(read.makeUpDayFor(LocalDate.of(2027, 5, 8)).orElseThrow().nameEn()).isEqualTo("Labour Day");
  }

  @Test
  void aMakeUpDayOnAWeekdayIsRefusedWithItsLineAndDate() {
    assertMalformed("""
        {
          "format": "civicgrid-public-holidays/1",
          "arrangements": [
            { "year": 2027, "source": "test", "holidays": [
              { "nameZh": "劳动节", "nameEn": "Labour Day", "first": "2027-05-01", "last": "2027-05-05",
                "makeUpDays": ["2027-05-06"] } ] }
          ]
        }
        """, "line 6", "2027-05-06", "not a Saturday or Sunday");
  }

  @Test
  void anImpossibleDateIsRefusedWithItsLine() {
    assertMalformed("""
        {
          "format": "civicgrid-public-holidays/1",
          "arrangements": [
            { "year": 2027, "source": "test", "holidays": [
              { "nameZh": "春节", "nameEn": "Spring Festival", "first": "2027-02-30", "last": "2027-03-01" } ] }
          ]
        }
        """, "line 5", "2027-02-30", "not a date");
  }

  @Test
  void aDateOutsideTheArrangementsYearIsRefused() {
    assertMalformed("""
        {
          "format": "civicgrid-public-holidays/1",
          "arrangements": [
            { "year": 2027, "source": "test", "holidays": [
              { "nameZh": "国庆节", "nameEn": "National Day", "first": "2028-10-01", "last": "2028-10-07" } ] }
          ]
        }
        """, "line 5", "2028-10-01", "outside the 2027 arrangement");
  }

  @Test
  void aReversedPeriodIsRefused() {
    assertMalformed("""
        {"format": "civicgrid-public-holidays/1", "arrangements": [{"year": 2027, "source": "test", "holidays": [
          {"nameZh": "清明节", "nameEn": "Qingming Festival", "first": "2027-04-05", "last": "2027-04-03"}]}]}
        """, "line 2", "2027-04-03", "before its first day");
  }

  @Test
  void unknownAndMissingFieldsAreRefusedWithTheirLine() {
    assertMalformed("""
        {"format": "civicgrid-public-holidays/1", "arrangements": [{"year": 2027, "source": "test", "holidays": [
          {"nameZh": "清明节", "nameEn": "Qingming Festival", "first": "2027-04-03", "last": "2027-04-05",
           "end": "2027-04-05"}]}]}
        """, "line 3", "unknown field \"end\"");
    assertMalformed("""
        {"format": "civicgrid-public-holidays/1", "arrangements": [{"year": 2027, "holidays": []}]}
        """, "line 1", "\"source\" is missing");
  }

  @Test
  void anotherFormatOrBrokenJsonIsRefused() {
    assertMalformed("""
        {"format": "ical", "arrangements": []}
        """, "line 1", "format 'ical'");
    assertMalformed("""
        {"format": "civicgrid-public-holidays/1",
         "arrangements": [ { "year": 2027, ]}
        """, "line 2");
  }

  @Test
  void aYearArrangedTwiceInOneFileIsRefused() {
    assertMalformed("""
        {"format": "civicgrid-public-holidays/1", "arrangements": [
          {"year": 2027, "source": "a", "holidays": []},
          {"year": 2027, "source": "b", "holidays": []}]}
        """, "year 2027 is arranged twice");
  }

  private static long daysOff(int year) {
    return CHINA.arrangement(year).orElseThrow().holidays().stream().mapToLong(h -> h.days().count()).sum();
  }

  private static long makeUpDays(int year) {
    return CHINA.arrangement(year).orElseThrow().holidays().stream().mapToLong(h -> h.makeUpDays().size()).sum();
  }

  private static PublicHolidays read(String json) throws IOException {
    return PublicHolidays.read(new ByteArrayInputStream(json.getBytes(UTF_8)), "test.json");
  }

  private static void assertMalformed(String json, String... fragments) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT))
        .hasMessageStartingWith("MALFORMED_INPUT: test.json")
        .hasMessageContainingAll(fragments);
  }
}
