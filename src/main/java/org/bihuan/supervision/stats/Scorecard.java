package org.bihuan.supervision.stats;

import org.bihuan.casefile.CaseType;
import org.bihuan.supervision.stats.KpiProperties.FigureText;
import org.bihuan.supervision.stats.KpiProperties.TypeRules;
import org.bihuan.supervision.stats.StatsReport.Definition;
import org.bihuan.supervision.stats.StatsReport.Figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns one unit's tally into its figures, with the configured texts filled in; no database, no clock. */
final class Scorecard {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final KpiProperties properties;
    private final CaseType type;
    private final AgingBuckets aging;

    Scorecard(KpiProperties properties, CaseType type) {
        this.properties = properties;
        this.type = type;
        this.aging = new AgingBuckets(properties.agingBuckets());
    }

    List<Definition> definitions() {
        return figures(new Tally(aging.buckets().size())).stream()
                .map(f -> new Definition(f.key(), f.label(), f.labelEn(), f.unit(), f.definition(), f.definitionEn(),
                        properties.score().weights().get(f.key())))
                .toList();
    }

    List<Figure> figures(Tally t) {
        List<Figure> figures = new ArrayList<>();
        figures.add(count(Measure.RECEIVED, t.received));
        figures.add(count(Measure.ACCEPTED, t.accepted));
        figures.add(count(Measure.REJECTED, t.rejected));
        figures.add(count(Measure.IN_SCOPE, t.inScope));
        figures.add(count(Measure.UNDER_HANDLING, t.underHandling));
        figures.add(count(Measure.CLOSED, t.closed));
        figures.add(count(Measure.OVERDUE_NOW, t.overdueNow()));
        for (int i = 0; i < aging.buckets().size(); i++) {
            AgingBuckets.Bucket bucket = aging.buckets().get(i);
            FigureText text = filled(Measure.OVERDUE_AGING, Map.of("range", bucket.range()));
            figures.add(new Figure(bucket.key(), text.label(), text.labelEn(), Measure.Kind.COUNT.name(),
                    BigDecimal.valueOf(t.overdueByBucket[i]), null, null, text.definition(), text.definitionEn()));
        }
        figures.add(rate(Measure.RESPONSE_RATE, t.signedInTime, t.signDue));
        figures.add(rate(Measure.ON_TIME_RATE, t.repliedInTime, t.replyDue));
        figures.add(rate(Measure.SATISFACTION_RATE, t.satisfied, t.evaluated));
        figures.add(rate(Measure.REHANDLE_RATE, t.rehandled, t.closed));
        figures.add(ratio(Measure.AVG_DAYS_TO_CLOSE, BigDecimal.valueOf(t.workingDaysToClose), BigDecimal.valueOf(t.closed), BigDecimal.ONE));
        if (type == CaseType.COMPLAINT) {
            figures.add(amount(Measure.AMOUNT_OWED, t.amountOwed));
            figures.add(amount(Measure.AMOUNT_RECOVERED, t.amountRecovered));
            figures.add(ratio(Measure.RECOVERED_SHARE, t.amountRecovered, t.amountOwed, HUNDRED));
            figures.add(amount(Measure.RECOVERED_IN_PERIOD, t.recoveredInPeriod()));
        }
        figures.add(score(figures));
        return figures;
    }

    /**
     * scale × Σ weight × rate / Σ weight over the weighted rates that have a denominator; a lower-is-better
     * rate enters as (1 − rate). Computed from the unrounded shares.
     */
    private Figure score(List<Figure> figures) {
        KpiProperties.Score config = properties.score();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Figure figure : figures) {
            BigDecimal weight = config.weights().get(figure.key());
            if (weight == null || weight.signum() == 0 || figure.denominator() == null || figure.denominator().signum() == 0) {
                continue;
            }
            BigDecimal share = figure.numerator().divide(figure.denominator(), MathContext.DECIMAL64);
            if (config.lowerIsBetter().contains(figure.key())) {
                share = BigDecimal.ONE.subtract(share);
            }
            weighted = weighted.add(weight.multiply(share));
            weights = weights.add(weight);
        }
        BigDecimal value = weights.signum() == 0 ? null
                : config.scale().multiply(weighted).divide(weights, properties.decimals(), RoundingMode.HALF_UP);
        FigureText text = filled(Measure.SCORE, Map.of());
        return new Figure(Measure.SCORE.key(), text.label(), text.labelEn(), Measure.Kind.SCORE.name(), value,
                null, null, text.definition(), text.definitionEn());
    }

    private Figure count(Measure measure, long count) {
        FigureText text = filled(measure, Map.of());
        return new Figure(measure.key(), text.label(), text.labelEn(), measure.kind().name(), BigDecimal.valueOf(count),
                null, null, text.definition(), text.definitionEn());
    }

    private Figure amount(Measure measure, BigDecimal amount) {
        FigureText text = filled(measure, Map.of());
        return new Figure(measure.key(), text.label(), text.labelEn(), measure.kind().name(), amount.setScale(2, RoundingMode.HALF_UP),
                null, null, text.definition(), text.definitionEn());
    }

    private Figure rate(Measure measure, long numerator, long denominator) {
        return ratio(measure, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), HUNDRED);
    }

    private Figure ratio(Measure measure, BigDecimal numerator, BigDecimal denominator, BigDecimal factor) {
        FigureText text = filled(measure, Map.of());
        BigDecimal value = denominator.signum() == 0 ? null
                : numerator.multiply(factor).divide(denominator, properties.decimals(), RoundingMode.HALF_UP);
        return new Figure(measure.key(), text.label(), text.labelEn(), measure.kind().name(), value, numerator, denominator,
                text.definition(), text.definitionEn());
    }

    /** The configured texts with {statuses}, {steps}, {satisfied}, {evaluated}, {weights} and the given values filled in. */
    private FigureText filled(Measure measure, Map<String, String> values) {
        FigureText text = properties.text(measure);
        return new FigureText(fill(text.label(), measure, values), fill(text.labelEn(), measure, values),
                fill(text.definition(), measure, values), fill(text.definitionEn(), measure, values));
    }

    private String fill(String template, Measure measure, Map<String, String> values) {
        if (template == null) {
            return null;
        }
        TypeRules rules = properties.rules(type);
        List<String> statuses = switch (measure) {
            case ACCEPTED -> rules.accepted();
            case REJECTED -> rules.rejected();
            case IN_SCOPE -> rules.inScope();
            case UNDER_HANDLING -> rules.underHandling();
            case CLOSED, SATISFACTION_RATE, REHANDLE_RATE, AVG_DAYS_TO_CLOSE -> rules.closed();
            default -> List.of();
        };
        List<String> steps = measure == Measure.RESPONSE_RATE ? rules.signSteps()
                : measure == Measure.ON_TIME_RATE ? rules.onTimeSteps() : List.of();
        String filled = template
                .replace("{statuses}", String.join("/", statuses))
                .replace("{steps}", String.join("/", steps))
                .replace("{satisfied}", String.join("/", properties.satisfaction().satisfied()))
                .replace("{evaluated}", String.join("/", properties.satisfaction().evaluated()))
                .replace("{weights}", weightsText());
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private String weightsText() {
        KpiProperties.Score config = properties.score();
        return "scale " + config.scale().stripTrailingZeros().toPlainString() + "; " + config.weights().entrySet().stream()
                .filter(w -> type == CaseType.COMPLAINT || !Measure.RECOVERED_SHARE.key().equals(w.getKey()))
                .map(w -> w.getKey() + " " + w.getValue().stripTrailingZeros().toPlainString()
                        + (config.lowerIsBetter().contains(w.getKey()) ? " (1 − rate)" : ""))
                .collect(Collectors.joining(", "));
    }
}
