package org.bihuan.supervision.stats;

import org.bihuan.casefile.CaseType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** GET /api/stats: per case type, a row per unit, the total row and the definitions of the figures. */
record StatsReport(LocalDate from, LocalDate to, Instant generatedAt, List<Section> sections) {

    record Section(CaseType type, List<Row> rows, Row total, List<Definition> definitions) {
    }

    /** @param unitCode null in the total row; @param recoveredByMonth complaints only: every month of the period */
    record Row(String unitCode, String unitName, List<Figure> figures, List<MonthAmount> recoveredByMonth) {

        Figure figure(String key) {
            return figures.stream().filter(f -> f.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no figure " + key));
        }
    }

    /** @param month yyyy-MM */
    record MonthAmount(String month, BigDecimal recovered) {
    }

    /**
     * One figure with how it is computed. {@code value} is null when the denominator is 0; rates are in percent.
     *
     * @param unit COUNT, PERCENT, WORKING_DAYS, AMOUNT (CNY) or SCORE
     */
    record Figure(String key, String label, String labelEn, String unit, BigDecimal value, BigDecimal numerator,
                  BigDecimal denominator, String definition, String definitionEn) {
    }

    /** @param weight the figure's weight in the composite score, null when it has none */
    record Definition(String key, String label, String labelEn, String unit, String definition, String definitionEn,
                      BigDecimal weight) {
    }
}
