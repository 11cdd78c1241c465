package org.bihuan.web.workbench;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.domain.DomainException;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.bihuan.proposal.AssignmentList;
import org.bihuan.task.BatchItem;
import org.bihuan.task.BatchResult;
import org.bihuan.task.ChoiceOption;
import org.bihuan.task.FormField;
import org.bihuan.task.FormSchemas;
import org.bihuan.task.Inbox;
import org.bihuan.task.InboxFilter;
import org.bihuan.task.InboxRow;
import org.bihuan.task.OpenTask;
import org.bihuan.task.TaskBatches;
import org.bihuan.task.TaskCompletion;
import org.bihuan.web.Downloads;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Option;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 批量立案交办: after the plenary the committee registers (立案) and assigns (交办) many proposals at once, choosing the
 * lead unit, the co-units and the mode of each in one table. Each chosen row is completed on its own through
 * {@link TaskBatches} (the service of {@code POST /api/tasks/batch}): first its {@code review} as REGISTER if it waits
 * there, then its {@code assign} with the row's units; the page reports per row what was done and why not, the refusals
 * next to the row's fields. The choices are the assign form's options ({@code GET /api/tasks/{id}/form} → options).
 * Then each unit's 交办清单 prints from {@link AssignmentList}.
 */
@Controller
class ProposalBatchPages {

    static final String PATH = "/workbench/batches/proposals";
    static final String LIST = PATH + "/assignment-list";
    static final String REVIEW = "review";
    static final String ASSIGN = "assign";
    static final Map<String, Object> REGISTER = Map.of("decision", "REGISTER");

    private final Inbox inbox;
    private final TaskCompletion tasks;
    private final TaskBatches batches;
    private final FormSchemas formSchemas;
    private final AssignmentList assignmentLists;
    private final Users users;
    private final PageForms forms;
    private final PageLabels labels;
    private final Clock clock;
    private final ZoneId zone;

    ProposalBatchPages(Inbox inbox, TaskCompletion tasks, TaskBatches batches, FormSchemas formSchemas, AssignmentList assignmentLists,
                       Users users, PageForms forms, PageLabels labels, Clock clock, WorkingDayCalendar calendar) {
        this.inbox = inbox;
        this.tasks = tasks;
        this.batches = batches;
        this.formSchemas = formSchemas;
        this.assignmentLists = assignmentLists;
        this.users = users;
        this.forms = forms;
        this.labels = labels;
        this.clock = clock;
        this.zone = calendar.zone();
    }

    /** What the committee chose for one proposal (kept when a row is refused). */
    public record Choice(boolean include, String leadUnit, List<String> coUnits, String mode) {

        static final Choice NONE = new Choice(false, "", List.of(), "LEAD");

        public boolean coUnit(String unit) {
            return coUnits.contains(unit);
        }
    }

    /** One proposal waiting for the committee: its task, where it waits, the units the assign form offers, what was chosen. */
    public record Row(String caseNo, String taskId, String taskKey, String title, List<Option> units, Choice choice) {
    }

    /** What became of one chosen proposal: registered, assigned, and the refusals (message with the field's label). */
    public record Outcome(String caseNo, boolean registered, boolean assigned, List<Refusal> refusals) {

        public boolean ok() {
            return refusals.isEmpty();
        }
    }

    /** A refusal of a row's field: the field's input id (for the link), its label and what the rule said. */
    public record Refusal(String inputId, String field, String label, String message) {
    }

    @GetMapping(PATH)
    String page(Model model) {
        AppUser committee = committee();
        return show(committee, Map.of(), List.of(), FormErrors.NONE, model);
    }

    @PostMapping(PATH)
    String complete(@RequestParam MultiValueMap<String, String> form, Model model) {
        AppUser committee = committee();
        List<String> chosen = form.getOrDefault("include", List.of()).stream().filter(no -> !no.isBlank()).distinct().toList();
        Map<String, Choice> choices = new LinkedHashMap<>();
        for (String caseNo : form.getOrDefault("caseNo", List.of())) {
            choices.put(caseNo, new Choice(chosen.contains(caseNo), text(form.getFirst("leadUnit." + caseNo)),
                    form.getOrDefault("coUnits." + caseNo, List.of()).stream().filter(u -> !u.isBlank()).toList(),
                    text(form.getFirst("mode." + caseNo))));
        }
        if (chosen.isEmpty()) {
            FormErrors none = forms.errors(new InvalidRequestException("include", "choose at least one proposal"));
            return show(committee, choices, List.of(), none, model);
        }
        List<Outcome> outcomes = registerAndAssign(committee, chosen, form, choices);
        List<Violation> refused = new ArrayList<>();
        outcomes.forEach(o -> o.refusals().forEach(r -> refused.add(new Violation(r.field() + "." + o.caseNo(), r.message()))));
        model.addAttribute("assignedUnits", assignedUnits(outcomes, choices));
        return show(committee, choices, outcomes, refused.isEmpty() ? FormErrors.NONE : forms.errors(new InvalidRequestException(refused)),
                model);
    }

    /** 交办清单 of one unit for a period, printable (static/css/casework.css has its print looks). */
    @GetMapping(LIST)
    String assignmentList(@RequestParam(required = false) String unit,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        AssignmentList.Sheet sheet = assignmentLists.of(users.current(), unit, from, to);
        model.addAttribute("sheet", sheet);
        model.addAttribute("csvHref", LIST + ".csv?unit=" + sheet.unit() + "&from=" + sheet.from() + "&to=" + sheet.to());
        return "workbench/assignment-list";
    }

    @GetMapping(LIST + ".csv")
    ResponseEntity<byte[]> assignmentListCsv(@RequestParam(required = false) String unit,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        AssignmentList.Sheet sheet = assignmentLists.of(users.current(), unit, from, to);
        return Downloads.attachment("assignment-list-" + sheet.unit() + "-" + sheet.from() + "-" + sheet.to() + ".csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8), AssignmentList.csv(sheet));
    }

    /**
     * The chosen rows' review completions (REGISTER) as one batch, then the assign completions of the rows that now wait
     * for assignment as a second; each item on its own.
     */
    private List<Outcome> registerAndAssign(AppUser committee, List<String> chosen, MultiValueMap<String, String> form,
                                            Map<String, Choice> choices) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Map<String, String> toAssign = new LinkedHashMap<>();
        List<BatchItem> registrations = new ArrayList<>();
        Map<String, String> caseOfTask = new LinkedHashMap<>();
        for (String caseNo : chosen) {
            String taskId = text(form.getFirst("task." + caseNo));
            OpenTask task;
            try {
                task = tasks.taskFor(committee, taskId);
            } catch (DomainException gone) {
                outcomes.put(caseNo, refused(caseNo, false, "include", labels.message("workbench.batch.gone")));
                continue;
            }
            if (!caseNo.equals(task.caseNo()) || !(REVIEW.equals(task.taskKey()) || ASSIGN.equals(task.taskKey()))) {
                outcomes.put(caseNo, refused(caseNo, false, "include", labels.message("workbench.batch.gone")));
            } else if (REVIEW.equals(task.taskKey())) {
                registrations.add(new BatchItem(taskId, REGISTER));
                caseOfTask.put(taskId, caseNo);
            } else {
                toAssign.put(caseNo, taskId);
            }
        }
        Set<String> registered = new LinkedHashSet<>();
        if (!registrations.isEmpty()) {
            for (BatchResult result : completeEach(committee, registrations)) {
                String caseNo = caseOfTask.get(result.taskId());
                if (result.ok()) {
                    registered.add(caseNo);
                    assignTaskOf(committee, caseNo).ifPresentOrElse(id -> toAssign.put(caseNo, id),
                            () -> outcomes.put(caseNo, new Outcome(caseNo, true, false, List.of())));
                } else {
                    outcomes.put(caseNo, new Outcome(caseNo, false, false, refusals(caseNo, result)));
                }
            }
        }
        if (!toAssign.isEmpty()) {
            List<BatchItem> assignments = new ArrayList<>();
            Map<String, String> caseOfAssignTask = new LinkedHashMap<>();
            toAssign.forEach((caseNo, taskId) -> {
                assignments.add(new BatchItem(taskId, assignValues(choices.getOrDefault(caseNo, Choice.NONE))));
                caseOfAssignTask.put(taskId, caseNo);
            });
            for (BatchResult result : completeEach(committee, assignments)) {
                String caseNo = caseOfAssignTask.get(result.taskId());
                outcomes.put(caseNo, new Outcome(caseNo, registered.contains(caseNo), result.ok(),
                        result.ok() ? List.of() : refusals(caseNo, result)));
            }
        }
        return chosen.stream().map(outcomes::get).toList();
    }

    /** The batch service's answer per item; a batch it refuses as a whole (too many items) is that refusal for each item. */
    private List<BatchResult> completeEach(AppUser committee, List<BatchItem> items) {
        try {
            return batches.complete(committee, items);
        } catch (InvalidRequestException refused) {
            return items.stream().map(item -> new BatchResult(item.taskId(), false, 400, refused.violations().stream()
                    .map(v -> new Violation("include", v.message())).toList())).toList();
        }
    }

    private Optional<String> assignTaskOf(AppUser committee, String caseNo) {
        return tasks.tasksOf(committee, caseNo).stream().filter(t -> ASSIGN.equals(t.taskKey())).map(OpenTask::id).findFirst();
    }

    /** The assign form's values as the API takes them: a unit code, a list of unit codes, LEAD or SPLIT; blanks left out. */
    private static Map<String, Object> assignValues(Choice choice) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (!choice.leadUnit().isBlank()) {
            values.put("leadUnit", choice.leadUnit());
        }
        values.put("coUnits", choice.coUnits());
        if (!choice.mode().isBlank()) {
            values.put("mode", choice.mode());
        }
        return values;
    }

    private List<Refusal> refusals(String caseNo, BatchResult result) {
        return result.errors().stream().map(error -> {
            String field = switch (error.field()) {
                case "leadUnit", "coUnits", "mode" -> error.field();
                default -> "include";
            };
            return new Refusal("f-" + field + "-" + caseNo, field, labels.message("workbench.batch.field." + field),
                    forms.translate(error.message()));
        }).toList();
    }

    private Outcome refused(String caseNo, boolean registered, String field, String message) {
        return new Outcome(caseNo, registered, false,
                List.of(new Refusal("f-" + field + "-" + caseNo, field, labels.message("workbench.batch.field." + field), message)));
    }

    /** The units that received proposals in this batch (lead and co-units), for their 交办清单 of today. */
    private List<Option> assignedUnits(List<Outcome> outcomes, Map<String, Choice> choices) {
        Set<String> codes = new LinkedHashSet<>();
        for (Outcome outcome : outcomes) {
            if (outcome.assigned()) {
                Choice choice = choices.getOrDefault(outcome.caseNo(), Choice.NONE);
                codes.add(choice.leadUnit());
                codes.addAll(choice.coUnits());
            }
        }
        return codes.stream().flatMap(code -> users.unit(code).stream()).map(u -> new Option(u.code(), u.name())).toList();
    }

    private String show(AppUser committee, Map<String, Choice> typed, List<Outcome> outcomes, FormErrors errors, Model model) {
        List<InboxRow> waiting = new ArrayList<>();
        waiting.addAll(inbox.page(committee, filter(REVIEW)).items());
        waiting.addAll(inbox.page(committee, filter(ASSIGN)).items());
        waiting.sort(Comparator.comparing(InboxRow::caseNo));
        List<Row> rows = new ArrayList<>();
        for (InboxRow task : waiting) {
            Map<String, List<ChoiceOption>> offered = ASSIGN.equals(task.taskKey())
                    ? tasks.formOptions(committee, task.id()) : tasks.formOptions(committee, task.id(), ASSIGN);
            List<Option> units = offered.getOrDefault("unitOptions", List.of()).stream()
                    .map(o -> new Option(o.value(), o.label())).toList();
            Choice choice = typed.getOrDefault(task.caseNo(), Choice.NONE);
            rows.add(new Row(task.caseNo(), task.id(), task.taskKey(), task.title(), units, choice));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("outcomes", outcomes);
        model.addAttribute(FormErrors.ATTRIBUTE, errors);
        model.addAttribute("modeOptions", formSchemas.get(ASSIGN).field("mode").map(FormField::values).orElse(List.of()).stream()
                .map(mode -> new Option(mode, labels.choice(ASSIGN, "mode", mode))).toList());
        model.addAttribute("listUnitOptions", labels.withBlank("form.choose", users.unitsOfKind("HANDLING").stream()
                .map(u -> new Option(u.code(), u.name())).toList()));
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), zone));
        if (!model.containsAttribute("assignedUnits")) {
            model.addAttribute("assignedUnits", List.of());
        }
        return "workbench/batch-proposals";
    }

    private static InboxFilter filter(String step) {
        return new InboxFilter("PROPOSAL", step, null, null, null, null, null, null, 0, null);
    }

    /** The committee's page: another official gets the 403 page. */
    private AppUser committee() {
        AppUser user = users.current();
        if (!user.has(Role.COMMITTEE)) {
            throw new ForbiddenException("the committee registers and assigns proposals");
        }
        return user;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
