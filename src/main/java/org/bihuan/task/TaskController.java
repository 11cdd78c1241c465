package org.bihuan.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.identity.Users;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskCompletion tasks;
    private final FormSchemas formSchemas;
    private final Users users;
    private final ObjectMapper json;
    private final Clock clock;

    TaskController(TaskCompletion tasks, FormSchemas formSchemas, Users users, ObjectMapper json, Clock clock) {
        this.tasks = tasks;
        this.formSchemas = formSchemas;
        this.users = users;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    List<TaskSummary> list(@RequestParam(required = false) String caseNo) {
        Instant now = clock.instant();
        return tasks.tasksOf(users.current(), caseNo).stream().map(t -> TaskSummary.of(t, now)).toList();
    }

    @PostMapping("/{id}/claim")
    ResponseEntity<Void> claim(@PathVariable String id) {
        tasks.claim(users.current(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/form")
    TaskForm form(@PathVariable String id) {
        var user = users.current();
        OpenTask task = tasks.taskFor(user, id);
        return new TaskForm(task.id(), task.taskKey(), task.caseNo(), schema(task.formId()), tasks.formValues(user, id),
                tasks.formOptions(user, id));
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> fields) {
        tasks.complete(users.current(), id, fields);
        return ResponseEntity.noContent().build();
    }

    private JsonNode schema(String formId) {
        try {
            return json.readTree(formSchemas.json(formId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record TaskSummary(String id, String taskKey, String name, String caseType, String caseNo, Instant created,
                       Instant due, boolean overdue, String assignee) {
        static TaskSummary of(OpenTask t, Instant now) {
            return new TaskSummary(t.id(), t.taskKey(), t.name(), t.caseType(), t.caseNo(), t.created(), t.due(),
                    t.due() != null && t.due().isBefore(now), t.assignee());
        }
    }

    /** @param options the options of the choice fields fed through {@code valuesKey}, by that key */
    record TaskForm(String taskId, String taskKey, String caseNo, JsonNode schema, Map<String, Object> values,
                    Map<String, List<ChoiceOption>> options) {
    }
}
