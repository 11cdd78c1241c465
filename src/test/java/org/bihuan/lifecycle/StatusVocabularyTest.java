package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseType;
import org.bihuan.notification.Recipient;
import org.bihuan.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A status in a model that its lifecycle does not declare fails the start. */
class StatusVocabularyTest extends PostgresIntegrationTest {

    @Autowired
    Lifecycles lifecycles;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void theDeployedModelsUseOnlyTheirLifecyclesStatuses() {
        assertThat(new StatusVocabulary(lifecycles, repositoryService).problems()).isEmpty();
    }

    @Test
    void aModelStatusTheLifecycleDoesNotDeclareIsReportedAndFailsTheCheck() {
        Lifecycle complaintsWithoutRejected = new Lifecycle() {
            @Override
            public CaseType caseType() {
                return CaseType.COMPLAINT;
            }

            @Override
            public String numberSeries() {
                return "TS";
            }

            @Override
            public String caseNumber(int year, int sequence) {
                return "TS" + year + "-" + sequence;
            }

            @Override
            public List<String> statuses() {
                return lifecycles.of(CaseType.COMPLAINT).statuses().stream().filter(s -> !s.equals("REJECTED")).toList();
            }

            @Override
            public List<Recipient> parties(String caseNo) {
                return List.of();
            }

            @Override
            public Object details(org.bihuan.identity.AppUser user, String caseNo) {
                return null;
            }
        };
        StatusVocabulary vocabulary = new StatusVocabulary(new Lifecycles(List.of(complaintsWithoutRejected)), repositoryService);

        assertThat(vocabulary.problems()).singleElement().asString().contains("arrears-complaint", "sets status REJECTED");
        assertThatThrownBy(vocabulary::checkModels).isInstanceOf(IllegalStateException.class).hasMessageContaining("REJECTED");
    }
}
