package org.bihuan.supervision.stats;

import org.bihuan.casefile.CaseType;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every definition behind the numbers (bihuan.kpi in application.yaml): which statuses count as what, which
 * steps carry the sign and reply deadlines, what counts as satisfied and evaluated, the aging buckets, the score
 * weights and the texts shown next to each figure. The code holds no rate or weight of its own.
 */
@ConfigurationProperties("bihuan.kpi")
record KpiProperties(List<Integer> agingBuckets, int decimals, Satisfaction satisfaction, Score score,
                     TypeRules complaint, TypeRules proposal, Map<String, FigureText> figures) {

    record Satisfaction(List<String> satisfied, List<String> evaluated) {
    }

    /** @param scale full marks, e.g. 100 */
    record Score(BigDecimal scale, Map<String, BigDecimal> weights, Set<String> lowerIsBetter) {
        Score {
            lowerIsBetter = lowerIsBetter == null ? Set.of() : Set.copyOf(lowerIsBetter);
        }
    }

    /** Statuses of the case file and step keys of the step deadlines that make each figure of one case type. */
    record TypeRules(List<String> accepted, List<String> rejected, List<String> inScope, List<String> underHandling,
                     List<String> closed, List<String> signSteps, List<String> onTimeSteps) {
    }

    /** What a figure is called and how it is computed, in Chinese and English. */
    record FigureText(String label, String labelEn, String definition, String definitionEn) {
    }

    KpiProperties {
        List<String> problems = new ArrayList<>();
        if (agingBuckets == null || agingBuckets.isEmpty()) {
            problems.add("aging-buckets must name at least one bound");
        } else {
            for (int i = 0; i < agingBuckets.size(); i++) {
                if (agingBuckets.get(i) < 1 || (i > 0 && agingBuckets.get(i) <= agingBuckets.get(i - 1))) {
                    problems.add("aging-buckets must be positive and strictly increasing, was " + agingBuckets);
                    break;
                }
            }
        }
        if (decimals < 0) {
            problems.add("decimals must not be negative");
        }
        if (satisfaction == null || isEmpty(satisfaction.satisfied()) || isEmpty(satisfaction.evaluated())) {
            problems.add("satisfaction.satisfied and satisfaction.evaluated must not be empty");
        } else if (!satisfaction.evaluated().containsAll(satisfaction.satisfied())) {
            problems.add("every satisfaction.satisfied value must also be in satisfaction.evaluated");
        }
        if (score == null || score.scale() == null || score.scale().signum() <= 0 || score.weights() == null) {
            problems.add("score.scale must be positive and score.weights given");
        } else {
            score.weights().forEach((key, weight) -> {
                if (!Measure.RATES.contains(key)) {
                    problems.add("score.weights." + key + " is not a rate; rates are " + Measure.RATES);
                } else if (weight == null || weight.signum() < 0) {
                    problems.add("score.weights." + key + " must not be negative");
                }
            });
            if (!Measure.RATES.containsAll(score.lowerIsBetter())) {
                problems.add("score.lower-is-better names a figure that is not a rate: " + score.lowerIsBetter());
            }
        }
        for (var entry : Map.of("complaint", nonNull(complaint), "proposal", nonNull(proposal)).entrySet()) {
            TypeRules rules = entry.getValue();
            if (java.util.stream.Stream.of(rules.accepted(), rules.rejected(), rules.inScope(), rules.underHandling(), rules.closed(),
                    rules.signSteps(), rules.onTimeSteps()).anyMatch(KpiProperties::isEmpty)) {
                problems.add(entry.getKey() + ": every status and step list must name at least one value");
            }
        }
        for (Measure measure : Measure.values()) {
            FigureText text = figures == null ? null : figures.get(measure.key());
            if (text == null || text.label() == null || text.definition() == null) {
                problems.add("figures." + measure.key() + " needs a label and a definition");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bihuan.kpi is invalid: " + String.join("; ", problems));
        }
    }

    TypeRules rules(CaseType type) {
        return switch (type) {
            case COMPLAINT -> complaint;
            case PROPOSAL -> proposal;
        };
    }

    FigureText text(Measure measure) {
        return figures.get(measure.key());
    }

    private static TypeRules nonNull(TypeRules rules) {
        return rules != null ? rules : new TypeRules(null, null, null, null, null, null, null);
    }

    private static boolean isEmpty(List<String> values) {
        return values == null || values.isEmpty();
    }
}
