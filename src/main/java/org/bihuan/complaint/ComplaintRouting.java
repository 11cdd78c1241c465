package org.bihuan.complaint;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The complaint routing table as deployed ({@code processes/complaint-routing.dmn}, latest version), rule by rule, for
 * the units page: the table is the rule that suggests a handling unit, the units' data checks and completes it.
 */
@Service
public class ComplaintRouting {

    static final String DECISION = "complaint-routing";

    private final RepositoryService repositoryService;

    ComplaintRouting(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** The table's rules in their order (the first that fits decides); empty when the decision is not deployed. */
    public List<RoutingRule> rules() {
        DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
                .latestVersion().singleResult();
        if (definition == null) {
            return List.of();
        }
        return repositoryService.getDmnModelInstance(definition.getId()).getModelElementsByType(DecisionTable.class).stream()
                .flatMap(table -> table.getRules().stream())
                .map(ComplaintRouting::rule)
                .toList();
    }

    private static RoutingRule rule(Rule rule) {
        List<String> inputs = rule.getInputEntries().stream().map(entry -> literal(entry.getTextContent())).toList();
        String output = rule.getOutputEntries().isEmpty() ? null : literal(rule.getOutputEntries().iterator().next().getTextContent());
        String description = rule.getDescription() == null ? null : rule.getDescription().getTextContent();
        return new RoutingRule(rule.getId(), description, inputs.size() > 0 ? inputs.get(0) : null,
                inputs.size() > 1 ? inputs.get(1) : null, output);
    }

    /** A FEEL string literal without its quotes; blank ("any") as null. */
    private static String literal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    /**
     * One rule of the table.
     *
     * @param respondentType the respondent type it applies to; null = any
     * @param region         the region text it applies to; null = any
     * @param unitCode       the unit it suggests
     */
    public record RoutingRule(String id, String description, String respondentType, String region, String unitCode) {
    }
}
