package org.bihuan.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayFileParserTest {

    static final String GOOD_2027 = """
            year: 2027
            source: test notice
            holidays:
              - {name: 元旦, from: 2027-01-01, to: 2027-01-03}
            workdays:
              - 2027-01-09
            """;

    @Test
    void readsHolidayRangesAndMakeUpDays() {
        HolidayYear year = HolidayFileParser.parse("2027.yaml", GOOD_2027, "test");

        assertThat(year.year()).isEqualTo(2027);
        assertThat(year.source()).isEqualTo("test notice");
        assertThat(year.holidays()).containsExactlyInAnyOrder(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3));
        assertThat(year.workdays()).containsExactly(LocalDate.of(2027, 1, 9));
    }

    @Test
    void theYearMustMatchTheFileName() {
        assertInvalid("2028.yaml", GOOD_2027, "does not match the file name");
    }

    @Test
    void theFileNameMustBeAYear() {
        assertInvalid("holidays.yaml", GOOD_2027, "<year>.yaml");
    }

    @Test
    void aDateOutsideTheYearIsRejected() {
        assertInvalid("2027.yaml", GOOD_2027.replace("from: 2027-01-01", "from: 2026-12-31"), "2026-12-31 lies outside 2027");
    }

    @Test
    void aDayCannotBeBothHolidayAndWorkday() {
        assertInvalid("2027.yaml", GOOD_2027.replace("- 2027-01-09", "- 2027-01-02"),
                "2027-01-02 is listed both as a holiday and as a workday");
    }

    @Test
    void aWorkdayMustBeAWeekendDay() {
        assertInvalid("2027.yaml", GOOD_2027.replace("- 2027-01-09", "- 2027-01-11"), "2027-01-11 is a MONDAY");
    }

    @Test
    void anImpossibleDateIsNotRolledOver() {
        assertInvalid("2027.yaml", GOOD_2027.replace("to: 2027-01-03", "to: 2027-02-30"), "'2027-02-30' is not a date");
    }

    @Test
    void aHolidayMustNotEndBeforeItStarts() {
        assertInvalid("2027.yaml", GOOD_2027.replace("to: 2027-01-03", "to: 2027-01-01").replace("from: 2027-01-01", "from: 2027-01-02"),
                "ends (2027-01-01) before it starts (2027-01-02)");
    }

    @Test
    void aMisspelledKeyIsNamed() {
        assertInvalid("2027.yaml", GOOD_2027.replace("workdays:", "workday:"), "unknown key 'workday'");
    }

    @Test
    void aHolidayNeedsANameAndBothEnds() {
        assertInvalid("2027.yaml", GOOD_2027.replace(", to: 2027-01-03", ""), "'to' of holiday 元旦 is missing");
        assertInvalid("2027.yaml", GOOD_2027.replace("name: 元旦, ", ""), "has no name");
    }

    @Test
    void brokenYamlIsReportedAsSuch() {
        assertInvalid("2027.yaml", "year: 2027\nholidays: [\n", "not valid YAML");
    }

    @Test
    void theSourceIsRequired() {
        assertInvalid("2027.yaml", GOOD_2027.replace("source: test notice\n", ""), "'source' is missing");
    }

    static void assertInvalid(String fileName, String text, String reason) {
        assertThatThrownBy(() -> HolidayFileParser.parse(fileName, text, "test"))
                .isInstanceOf(InvalidCalendarFileException.class)
                .hasMessageContaining(fileName)
                .hasMessageContaining(reason);
    }
}
