package org.bihuan.task;

import java.time.Instant;

/** An open user task as the lifecycles' completion rules see it; {@code formId} is its camunda:formRef. */
public record OpenTask(String id, String taskKey, String formId, String name, String caseType, String caseNo, String processInstanceId,
                       String processDefinitionKey, Instant created, Instant due, String assignee) {
}
