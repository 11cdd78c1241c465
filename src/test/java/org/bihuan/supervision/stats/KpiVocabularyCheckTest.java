package org.bihuan.supervision.stats;

import org.bihuan.lifecycle.StatusVocabulary;
import org.bihuan.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** bihuan.kpi names statuses and steps of the real models: a typo fails the start, not a figure later. */
class KpiVocabularyCheckTest extends PostgresIntegrationTest {

    @Autowired
    KpiProperties properties;
    @Autowired
    StatusVocabulary vocabulary;

    @Test
    void theDefaultConfigurationNamesOnlyRealStatusesAndSteps() {
        assertThat(new KpiVocabularyCheck(properties, vocabulary).problems()).isEmpty();
    }

    @Test
    void aMisspelledStatusOrStepInTheKpiListsFailsTheCheck() {
        KpiProperties.TypeRules c = properties.complaint();
        KpiProperties typo = new KpiProperties(properties.agingBuckets(), properties.decimals(), properties.satisfaction(),
                properties.score(),
                new KpiProperties.TypeRules(List.of("ACCEPTED", "TRANSFERED"), c.rejected(), c.inScope(), c.underHandling(),
                        c.closed(), List.of("signfor"), c.onTimeSteps()),
                properties.proposal(), properties.figures());
        KpiVocabularyCheck check = new KpiVocabularyCheck(typo, vocabulary);

        assertThat(check.problems()).hasSize(2).anySatisfy(p -> assertThat(p).contains("bihuan.kpi.complaint.accepted", "TRANSFERED"))
                .anySatisfy(p -> assertThat(p).contains("bihuan.kpi.complaint.sign-steps", "signfor"));
        assertThatThrownBy(check::check).isInstanceOf(IllegalStateException.class);
    }
}
