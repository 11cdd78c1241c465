package org.bihuan.task;

import java.util.Map;

/** One completion of a batch: the task and its form's values, as {@code POST /api/tasks/{taskId}/complete} takes them. */
public record BatchItem(String taskId, Map<String, Object> values) {
}
