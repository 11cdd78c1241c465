package org.bihuan.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.identity.Users;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

    static final String TOTAL_COUNT = "X-Total-Count";

    private final TaskCompletion tasks;
    private final Inbox inbox;
    private final TaskAssignments assignments;
    private final TaskBatches batches;
    private final TaskDrafts drafts;
    private final FormSchemas formSchemas;
    private final Users users;
    private final ObjectMapper json;

    TaskController(TaskCompletion tasks, Inbox inbox, TaskAssignments assignments, TaskBatches batches, TaskDrafts drafts,
                   FormSchemas formSchemas, Users users, ObjectMapper json) {
        this.tasks = tasks;
        this.inbox = inbox;
        this.assignments = assignments;
        this.batches = batches;
        this.drafts = drafts;
        this.formSchemas = formSchemas;
        this.users = users;
        this.json = json;
    }

    /**
     * The inbox: my tasks and my groups' tasks, overdue first, then by due instant; filtered by the parameters of
     * {@link InboxFilter}. The rows of the page asked for; {@code X-Total-Count} says how many match in all.
     */
    @GetMapping
    ResponseEntity<List<InboxRow>> list(@ModelAttribute InboxFilter filter) {
        InboxPage page = inbox.page(users.current(), filter);
        return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(page.total())).body(page.items());
    }

    /** The counts of the quick filters (the header badge polls this). */
    @GetMapping("/counts")
    InboxCounts counts(@ModelAttribute InboxFilter filter) {
        return inbox.counts(users.current(), filter);
    }

    @PostMapping("/{id}/claim")
    ResponseEntity<Void> claim(@PathVariable String id) {
        assignments.claim(users.current(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String id) {
        assignments.unclaim(users.current(), id);
        return ResponseEntity.noContent().build();
    }

    /** 转交 to a colleague of the same unit, with a note on the timeline. */
    @PostMapping("/{id}/handover")
    ResponseEntity<Void> handover(@PathVariable String id, @RequestBody(required = false) HandoverRequest request) {
        assignments.handover(users.current(), id, request);
        return ResponseEntity.noContent().build();
    }

    /** Completes each item on its own; the answer says per item whether it was completed and why not. */
    @PostMapping("/batch")
    List<BatchResult> batch(@RequestBody(required = false) List<BatchItem> items) {
        return batches.complete(users.current(), items);
    }

    @PutMapping("/{id}/draft")
    TaskDraft saveDraft(@PathVariable String id, @RequestBody(required = false) Map<String, Object> values) {
        return drafts.save(users.current(), id, values);
    }

    @GetMapping("/{id}/draft")
    TaskDraft draft(@PathVariable String id) {
        return drafts.get(users.current(), id);
    }

    @DeleteMapping("/{id}/draft")
    ResponseEntity<Void> discardDraft(@PathVariable String id) {
        drafts.discard(users.current(), id);
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

    /** @param options the options of the choice fields fed through {@code valuesKey}, by that key */
    record TaskForm(String taskId, String taskKey, String caseNo, JsonNode schema, Map<String, Object> values,
                    Map<String, List<ChoiceOption>> options) {
    }
}
