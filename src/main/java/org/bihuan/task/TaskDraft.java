package org.bihuan.task;

import java.time.Instant;
import java.util.Map;

/** The form values a user keeps on the server while working on a task, as they were when last saved. */
public record TaskDraft(String taskId, Map<String, Object> values, Instant savedAt) {
}
