package org.bihuan.task;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tasklist's task cards show only a task's name; every case process carries {@code caseNo} and
 * {@code caseTitle}, and this puts them on the cards of the shared filter, so a clerk sees which case a task
 * is about without opening it.
 */
@Component
@Order(15)
class TasklistFilter implements ApplicationRunner {

    static final List<Map<String, String>> CARD_VARIABLES = List.of(
            Map.of("name", "caseNo", "label", "编号"),
            Map.of("name", "caseTitle", "label", "案由"));

    private final FilterService filterService;
    private final String filterName;

    TasklistFilter(FilterService filterService, @Value("${camunda.bpm.filter.create:}") String filterName) {
        this.filterService = filterService;
        this.filterName = filterName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (filterName.isBlank()) {
            return;
        }
        for (Filter filter : filterService.createFilterQuery().filterName(filterName).list()) {
            Map<String, Object> properties = filter.getProperties() == null ? new HashMap<>() : new HashMap<>(filter.getProperties());
            if (CARD_VARIABLES.equals(properties.get("variables"))) {
                continue;
            }
            properties.put("variables", CARD_VARIABLES);
            properties.putIfAbsent("description", "我可办理的全部任务");
            filter.setProperties(properties);
            filterService.saveFilter(filter);
        }
    }
}
