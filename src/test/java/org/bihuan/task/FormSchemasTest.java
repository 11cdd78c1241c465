package org.bihuan.task;

import org.bihuan.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormSchemasTest extends PostgresIntegrationTest {

    @Autowired
    FormSchemas forms;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicationLoadedEveryFormOfTheComplaintAndProposalLifecycles() {
        assertThat(forms.ids()).hasSize(24).containsExactlyInAnyOrderElementsOf(FormFilesTest.ALL_FORMS);
        assertThat(forms.get("handle").isLongText("reply")).isTrue();
        assertThat(forms.get("reply").isLongText("replyText")).isTrue();
    }

    /** formRef resolves by form id; the engine takes it from the same JSON the validator reads. */
    @Test
    void theEngineKnowsEveryFormByTheSameIdForTasklist() {
        List<String> engineFormKeys = jdbc.sql("select distinct key_ from act_re_camformdef").query(String.class).list();

        assertThat(engineFormKeys).containsAll(forms.ids());
    }
}
