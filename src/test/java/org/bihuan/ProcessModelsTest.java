package org.bihuan;

import org.bihuan.casefile.CaseType;
import org.bihuan.support.PostgresIntegrationTest;
import org.bihuan.task.FormSchemas;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.bihuan.casefile.ModelProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What must hold for every model in processes/, read with the BPMN model API rather than trusted by eye. */
class ProcessModelsTest extends PostgresIntegrationTest {

    private static final Set<String> STATUSES = Set.of("SUBMITTED", "PROMISE_PENDING", "NEEDS_SUPPLEMENT", "ACCEPTED", "REJECTED",
            "WITHDRAWN", "TRANSFERRED", "IN_HANDLING", "REPLIED", "REHANDLING", "CLOSED",
            "COSIGNING", "UNDER_REVIEW", "NOT_REGISTERED", "MERGED", "ASSIGNED");
    private static final Pattern DEADLINE_KEY = Pattern.compile("deadlines\\.due\\('([a-z-]+\\.[a-z-]+)'");

    @Autowired
    FormSchemas formSchemas;
    @Autowired
    ApplicationContext context;
    @Autowired
    org.bihuan.calendar.Deadlines deadlines;

    @Test
    void everyProcessKeepsItsHistoryForATimeAndEveryUserTaskHasAFormAndSomeoneToDoIt() throws IOException {
        List<String> problems = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (process.getCamundaHistoryTimeToLiveString() == null) {
                    problems.add(process.getId() + ": no history time to live");
                }
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String form = task.getCamundaFormRef();
                if (form == null || !formSchemas.ids().contains(form)) {
                    problems.add(task.getId() + ": form '" + form + "' is not in forms/");
                }
                if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null) {
                    problems.add(task.getId() + ": nobody can do it (no candidate group, no assignee)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyUserTaskOfALifecycleHasAConfiguredDeadline() throws IOException {
        List<String> problems = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (CaseType.ofProcess(process.getId()).isEmpty()) {
                    continue;
                }
                for (UserTask task : process.getChildElementsByType(UserTask.class)) {
                    checkDeadline(task, problems);
                }
                for (var sub : process.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.SubProcess.class)) {
                    sub.getChildElementsByType(UserTask.class).forEach(t -> checkDeadline(t, problems));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyStepNamesAnExistingDelegateAndEveryStatusIsOneTheApiKnows() throws IOException {
        List<String> problems = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String expression = task.getCamundaDelegateExpression();
                String bean = expression == null ? null : expression.replaceAll("^\\$\\{(.*)}$", "$1");
                if (bean == null || !context.containsBean(bean)) {
                    problems.add(task.getId() + ": delegate " + expression + " is not a bean");
                }
            }
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                ModelProperties.of(element, "status").filter(s -> !STATUSES.contains(s))
                        .ifPresent(s -> problems.add(element.getId() + ": unknown status " + s));
            }
        }
        assertThat(problems).isEmpty();
    }

    private void checkDeadline(UserTask task, List<String> problems) {
        String due = task.getCamundaDueDate();
        if (due == null) {
            problems.add(task.getId() + ": no due date");
            return;
        }
        Matcher key = DEADLINE_KEY.matcher(due);
        if (key.find()) {
            try {
                deadlines.expression(key.group(1));
            } catch (IllegalArgumentException e) {
                problems.add(task.getId() + ": deadline " + key.group(1) + " is not configured");
            }
        } else if (!due.matches("\\$\\{[a-zA-Z]+Due}")) {
            problems.add(task.getId() + ": due date " + due + " names no configured deadline nor a computed *Due variable");
        }
    }

    private static List<BpmnModelInstance> models() throws IOException {
        List<BpmnModelInstance> models = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
            try (InputStream in = resource.getInputStream()) {
                models.add(Bpmn.readModelFromStream(in));
            }
        }
        assertThat(models).hasSizeGreaterThanOrEqualTo(2);
        return models;
    }
}
