package org.bihuan.task;

import org.bihuan.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class TasklistFilterTest extends PostgresIntegrationTest {

    @Autowired
    FilterService filterService;

    @Test
    void tasklistCardsShowTheCaseNumberAndTitleOfEveryTask() {
        var filter = filterService.createFilterQuery().filterName("全部任务").singleResult();

        assertThat(filter).isNotNull();
        assertThat(filter.getProperties().get("variables")).isEqualTo(TasklistFilter.CARD_VARIABLES);
    }
}
