package org.bihuan.web.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.CaseDetails;
import org.bihuan.lifecycle.CaseViews;
import org.bihuan.task.OpenTask;
import org.bihuan.task.TaskCompletion;
import org.bihuan.task.TaskDraft;
import org.bihuan.task.TaskDrafts;
import org.bihuan.web.Navigation;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One task beside its case: the case summary for its type, evidence and history on the left, the task's form on the
 * right, rendered in the browser by form-js from the same {@code forms/<formRef>.form} as Tasklist
 * ({@code static/js/workbench-task.js}). The page's script talks to the JSON endpoints here, on the page session with
 * its CSRF token (the API's chain takes HTTP Basic only and keeps no session): the form and its data, the draft, and
 * the completion, which goes through {@link TaskCompletion#complete}, the service of {@code POST /api/tasks/{id}/complete},
 * whose refusals come back by field for the page to show on those fields.
 */
@Controller
class TaskPages {

    static final String TASK = Navigation.TASKS + "/{id}";

    private final TaskCompletion tasks;
    private final TaskDrafts drafts;
    private final TaskForms forms;
    private final CaseViews cases;
    private final CasePageParts parts;
    private final Users users;
    private final PageForms pageForms;
    private final PageLabels labels;
    private final WorkbenchWords words;
    private final ObjectMapper json;

    TaskPages(TaskCompletion tasks, TaskDrafts drafts, TaskForms forms, CaseViews cases, CasePageParts parts, Users users,
              PageForms pageForms, PageLabels labels, WorkbenchWords words, ObjectMapper json) {
        this.json = json;
        this.tasks = tasks;
        this.drafts = drafts;
        this.forms = forms;
        this.cases = cases;
        this.parts = parts;
        this.users = users;
        this.pageForms = pageForms;
        this.labels = labels;
        this.words = words;
    }

    @GetMapping(TASK)
    String page(@PathVariable String id, Model model) {
        AppUser user = users.current();
        OpenTask task = tasks.taskFor(user, id);
        boolean mine = user.username().equals(task.assignee());
        model.addAttribute("task", task);
        model.addAttribute("stepLabel", words.step(task.caseType(), task.taskKey(), task.name()));
        model.addAttribute("mine", mine);
        model.addAttribute("holderName", task.assignee() == null ? null
                : users.find(task.assignee()).map(AppUser::displayName).orElse(task.assignee()));
        TaskForms.FormView form = forms.view(user, task, mine);
        model.addAttribute("suggestions", form.suggestions());
        model.addAttribute("draftSavedAt", form.draftSavedAt());
        model.addAttribute("validationMessages", asJson(validationMessages()));
        if (task.caseNo() != null) {
            CaseDetails details = cases.details(user, task.caseNo());
            parts.addCase(model, user, details);
        }
        return "workbench/task";
    }

    /** What form-js opens: the localized schema, the data (values, the draft, the options) and whether it may be edited. */
    @GetMapping(TASK + "/form")
    @ResponseBody
    Map<String, Object> form(@PathVariable String id) {
        AppUser user = users.current();
        OpenTask task = tasks.taskFor(user, id);
        boolean mine = user.username().equals(task.assignee());
        TaskForms.FormView view = forms.view(user, task, mine);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("schema", view.schema());
        answer.put("data", view.data());
        answer.put("readOnly", !mine);
        answer.put("draftSaved", view.draftSavedAt() == null ? null
                : labels.message("workbench.task.draftSaved", labels.dateTime(view.draftSavedAt())));
        return answer;
    }

    /**
     * Completes the task through the API's service. 200 with where to go next (the inbox, with the confirmation);
     * 400 with the refused fields and their messages in the page's language; 409 when someone else holds it.
     */
    @PostMapping(TASK + "/complete")
    ResponseEntity<Map<String, Object>> complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> values) {
        AppUser user = users.current();
        OpenTask task = tasks.taskFor(user, id);
        try {
            tasks.complete(user, id, values);
        } catch (InvalidRequestException refused) {
            return ResponseEntity.badRequest().body(Map.of("errors", pageForms.errors(refused).all()));
        } catch (ConflictException heldByAnother) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", labels.message("workbench.conflict")));
        }
        String next = UriComponentsBuilder.fromPath(Navigation.TASKS)
                .queryParam("completed", task.caseNo() == null ? "" : task.caseNo()).encode().build().toUriString();
        return ResponseEntity.ok(Map.of("location", next));
    }

    /** Keeps the form as it is on the server (not validated); answers when, in the page's words. */
    @PutMapping(TASK + "/draft")
    @ResponseBody
    Map<String, Object> saveDraft(@PathVariable String id, @RequestBody(required = false) Map<String, Object> values) {
        TaskDraft draft = drafts.save(users.current(), id, values);
        return Map.of("draftSaved", labels.message("workbench.task.draftSaved", labels.dateTime(draft.savedAt())));
    }

    @DeleteMapping(TASK + "/draft")
    ResponseEntity<Void> discardDraft(@PathVariable String id) {
        AppUser user = users.current();
        tasks.taskFor(user, id);
        drafts.discard(user, id);
        return ResponseEntity.noContent().build();
    }

    private String asJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * form-js checks a field as it is left, with messages of its own in English: the page's words for them, by the
     * rule ({0}: the rule's number), for the script to put in their place.
     */
    private Map<String, String> validationMessages() {
        Map<String, String> messages = new LinkedHashMap<>();
        for (String rule : new String[]{"required", "minLength", "maxLength", "min", "max", "pattern", "email", "phone", "number",
                "integer", "decimals"}) {
            messages.put(rule, labels.message("workbench.form.error." + rule, "{0}"));
        }
        return messages;
    }
}
