package org.bihuan.supervision.stats;

import org.bihuan.casefile.CaseType;
import org.bihuan.supervision.stats.StatsReport.Figure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The figures of one tally with the shipped settings (application.yaml), computed by hand in the comments. */
class ScorecardTest {

    private final KpiProperties defaults = KpiDefaults.load();

    @Test
    void ratesAreSharesInPercentWithTheirNumeratorAndDenominator() {
        Tally t = tally();
        t.signDue = 8;
        t.signedInTime = 7;      // 7 / 8 = 87.5 %
        t.replyDue = 3;
        t.repliedInTime = 2;     // 2 / 3 = 66.666… → 66.7 %
        t.evaluated = 4;
        t.satisfied = 3;         // 3 / 4 = 75.0 %
        t.closed = 5;
        t.rehandled = 1;         // 1 / 5 = 20.0 %
        t.workingDaysToClose = 62; // 62 / 5 = 12.4 working days

        List<Figure> figures = new Scorecard(defaults, CaseType.PROPOSAL).figures(t);

        assertThat(value(figures, "responseRate")).isEqualByComparingTo("87.5");
        assertThat(figure(figures, "responseRate").numerator()).isEqualByComparingTo("7");
        assertThat(figure(figures, "responseRate").denominator()).isEqualByComparingTo("8");
        assertThat(value(figures, "onTimeRate")).isEqualByComparingTo("66.7");
        assertThat(value(figures, "satisfactionRate")).isEqualByComparingTo("75.0");
        assertThat(value(figures, "rehandleRate")).isEqualByComparingTo("20.0");
        assertThat(value(figures, "avgDaysToClose")).isEqualByComparingTo("12.4");
    }

    @Test
    void theScoreWeighsTheRatesWithTheDefaultWeightsAndTurnsRehandlingAround() {
        Tally t = tally();
        t.signDue = 8;
        t.signedInTime = 7;
        t.replyDue = 3;
        t.repliedInTime = 2;
        t.evaluated = 4;
        t.satisfied = 3;
        t.closed = 5;
        t.rehandled = 1;

        // default weights response 20, on time 30, satisfaction 30, rehandling 20 as (1 − rate):
        // 100 × (20 × 0.875 + 30 × 2/3 + 30 × 0.75 + 20 × 0.8) / 100 = 17.5 + 20 + 22.5 + 16 = 76.0
        assertThat(value(new Scorecard(defaults, CaseType.COMPLAINT).figures(t), "score")).isEqualByComparingTo("76.0");
    }

    @Test
    void aRateWithoutDenominatorIsEmptyAndLeftOutOfTheScore() {
        Tally t = tally();
        t.signDue = 4;
        t.signedInTime = 3;

        List<Figure> figures = new Scorecard(defaults, CaseType.COMPLAINT).figures(t);

        assertThat(value(figures, "satisfactionRate")).isNull();
        assertThat(value(figures, "avgDaysToClose")).isNull();
        // only the response rate has a denominator: 100 × 20 × 0.75 / 20 = 75.0
        assertThat(value(figures, "score")).isEqualByComparingTo("75.0");
        assertThat(value(new Scorecard(defaults, CaseType.COMPLAINT).figures(tally()), "score")).isNull();
    }

    @Test
    void amountsAndTheRecoveredShareAreForComplaintsOnly() {
        Tally t = tally();
        t.amountOwed = new BigDecimal("80000");
        t.amountRecovered = new BigDecimal("30000"); // 30000 / 80000 = 37.5 %

        List<Figure> complaint = new Scorecard(defaults, CaseType.COMPLAINT).figures(t);

        assertThat(value(complaint, "amountOwed")).isEqualByComparingTo("80000.00");
        assertThat(value(complaint, "recoveredShare")).isEqualByComparingTo("37.5");
        assertThat(new Scorecard(defaults, CaseType.PROPOSAL).figures(t)).extracting(Figure::key)
                .doesNotContain("amountOwed", "amountRecovered", "recoveredShare", "recoveredInPeriod");
    }

    @Test
    void definitionsNameTheConfiguredStatusesStepsAndWeights() {
        List<StatsReport.Definition> definitions = new Scorecard(defaults, CaseType.COMPLAINT).definitions();

        assertThat(definition(definitions, "inScope").definition()).contains("TRANSFERRED/IN_HANDLING/REPLIED/REHANDLING/CLOSED");
        assertThat(definition(definitions, "onTimeRate").definitionEn()).contains("(handle, per unit)");
        assertThat(definition(definitions, "satisfactionRate").definitionEn())
                .contains("rated SATISFIED/BASICALLY_SATISFIED", "one of SATISFIED/BASICALLY_SATISFIED/UNSATISFIED");
        assertThat(definition(definitions, "overdue11to20").label()).isEqualTo("超期11–20个工作日");
        assertThat(definition(definitions, "score").definitionEn()).contains("rehandleRate 20 (1 − rate)");
        assertThat(definition(definitions, "responseRate").weight()).isEqualByComparingTo("20");
        assertThat(definition(definitions, "received").weight()).isNull();
        assertThat(definitions).allSatisfy(d -> assertThat(d.definition()).doesNotContain("{"));
    }

    @Test
    void settingsThatCannotBeComputedStopTheApplication() {
        KpiProperties d = defaults;
        assertThatThrownBy(() -> new KpiProperties(List.of(10, 5), d.decimals(), d.satisfaction(), d.score(), d.complaint(),
                d.proposal(), d.figures())).hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> new KpiProperties(d.agingBuckets(), d.decimals(), d.satisfaction(),
                new KpiProperties.Score(BigDecimal.TEN, Map.of("received", BigDecimal.ONE), null), d.complaint(), d.proposal(),
                d.figures())).hasMessageContaining("score.weights.received is not a rate");
        assertThatThrownBy(() -> new KpiProperties(d.agingBuckets(), d.decimals(),
                new KpiProperties.Satisfaction(List.of("SATISFIED"), List.of("UNSATISFIED")), d.score(), d.complaint(),
                d.proposal(), d.figures())).hasMessageContaining("satisfaction.evaluated");
    }

    private Tally tally() {
        return new Tally(new AgingBuckets(defaults.agingBuckets()).buckets().size());
    }

    private static Figure figure(List<Figure> figures, String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static BigDecimal value(List<Figure> figures, String key) {
        return figure(figures, key).value();
    }

    private static StatsReport.Definition definition(List<StatsReport.Definition> definitions, String key) {
        return definitions.stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }
}
