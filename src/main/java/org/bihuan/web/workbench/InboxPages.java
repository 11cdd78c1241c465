package org.bihuan.web.workbench;

import org.bihuan.casefile.CasePage;
import org.bihuan.casefile.CaseType;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.StatusVocabulary;
import org.bihuan.task.HandoverRequest;
import org.bihuan.task.Inbox;
import org.bihuan.task.InboxCounts;
import org.bihuan.task.InboxFilter;
import org.bihuan.task.InboxPage;
import org.bihuan.task.TaskAssignments;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Navigation;
import org.bihuan.web.Option;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.bihuan.web.Pager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The officials' inbox ({@link Inbox}, the API's {@code GET /api/tasks}): my tasks and my groups', overdue first, with
 * its filters, the count of each quick filter, paging, and the header badge's count. Claiming, giving back and
 * handing over (转交) go through {@link TaskAssignments}, the API's service; what it refuses comes back as a message
 * on the inbox.
 */
@Controller
class InboxPages {

    private final Inbox inbox;
    private final TaskAssignments assignments;
    private final Users users;
    private final StatusVocabulary vocabulary;
    private final PageForms forms;
    private final PageLabels labels;
    private final int pageSize;

    InboxPages(Inbox inbox, TaskAssignments assignments, Users users, StatusVocabulary vocabulary, PageForms forms, PageLabels labels,
               @Value("${bihuan.web.inbox-page-size:20}") int pageSize) {
        this.inbox = inbox;
        this.assignments = assignments;
        this.users = users;
        this.vocabulary = vocabulary;
        this.forms = forms;
        this.labels = labels;
        this.pageSize = pageSize;
    }

    @GetMapping(Navigation.WORKBENCH)
    String workbench() {
        return "redirect:" + Navigation.TASKS;
    }

    @GetMapping(Navigation.TASKS)
    String inbox(@ModelAttribute("filter") InboxForm form, BindingResult binding,
                 @RequestParam(required = false) String completed, Model model) {
        AppUser user = users.current();
        model.addAttribute("completedCase", completed);
        InboxFilter filter = form.filter(pageSize);
        InboxPage page = new InboxPage(List.of(), 0, pageSize, 0);
        InboxCounts counts = new InboxCounts(0, 0, 0, 0, 0, 0);
        if (binding.hasErrors()) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(binding));
        } else {
            try {
                page = inbox.page(user, filter);
                counts = inbox.counts(user, filter);
            } catch (InvalidRequestException refused) {
                model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            }
        }
        model.addAttribute("rows", page.items());
        model.addAttribute("counts", counts);
        model.addAttribute("pager", Pager.of(new CasePage<>(page.items(), page.page(), page.size(), page.total()), Navigation.TASKS,
                form.parameters()));
        model.addAttribute("quickFilters", quickFilters(form, counts));
        model.addAttribute("caseTypes", labels.withBlank("workbench.inbox.allTypes",
                labels.options("caseType", List.of(CaseType.COMPLAINT.name(), CaseType.PROPOSAL.name()))));
        model.addAttribute("steps", steps());
        model.addAttribute("holders", labels.withBlank("workbench.inbox.holder.all", List.of(
                new Option(Inbox.MINE, labels.message("workbench.inbox.holder.MINE")),
                new Option(Inbox.UNCLAIMED, labels.message("workbench.inbox.holder.UNCLAIMED")))));
        boolean supervisor = user.has(Role.SUPERVISOR) || user.has(Role.ADMIN);
        model.addAttribute("units", supervisor ? labels.withBlank("workbench.inbox.allUnits",
                users.units().stream().map(u -> new Option(u.code(), u.name())).toList()) : null);
        // a supervisor looking into another unit's tasks watches them: the rows lead to the cases, not to the forms
        model.addAttribute("watching", supervisor && form.getUnit() != null && !form.getUnit().equals(user.unitCode()));
        model.addAttribute("colleagues", colleagues(user));
        model.addAttribute("returnTo", form.link(Navigation.TASKS));
        return "workbench/inbox";
    }

    /** The header badge's markup with a fresh count, for htmx to swap in without reloading the page. */
    @GetMapping(Navigation.TASKS + "/count")
    String count(Model model) {
        model.addAttribute("count", inbox.total(users.current()));
        return "layout :: navBadge(count=${count})";
    }

    @PostMapping(Navigation.TASKS + "/{id}/claim")
    String claim(@PathVariable String id, @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
        try {
            assignments.claim(users.current(), id);
            redirect.addFlashAttribute("done", "claimed");
        } catch (ConflictException takenMeanwhile) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:" + back(returnTo, id);
    }

    @PostMapping(Navigation.TASKS + "/{id}/unclaim")
    String unclaim(@PathVariable String id, @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
        try {
            assignments.unclaim(users.current(), id);
            redirect.addFlashAttribute("done", "unclaimed");
        } catch (ConflictException heldByAnother) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:" + back(returnTo, id);
    }

    /** 转交: the colleague chosen from the unit's list, a note for the timeline; a refusal is said on the inbox. */
    @PostMapping(Navigation.TASKS + "/{id}/handover")
    String handover(@PathVariable String id, @RequestParam(required = false) String to, @RequestParam(required = false) String note,
                    @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
        try {
            assignments.handover(users.current(), id, new HandoverRequest(to, note));
            redirect.addFlashAttribute("done", "handedOver");
        } catch (InvalidRequestException refused) {
            redirect.addFlashAttribute("refusedTask", id);
            redirect.addFlashAttribute("refusal", forms.errors(refused).all());
        } catch (ConflictException heldByAnother) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:" + back(returnTo, id);
    }

    /** Back to the inbox view the action came from, or to the task's page; never to another site. */
    static String back(String returnTo, String taskId) {
        if (returnTo != null && (returnTo.equals(Navigation.TASKS) || returnTo.startsWith(Navigation.TASKS + "?")
                || returnTo.equals(Navigation.TASKS + "/" + taskId))) {
            return returnTo;
        }
        return Navigation.TASKS;
    }

    private List<QuickFilter> quickFilters(InboxForm form, InboxCounts counts) {
        List<QuickFilter> quick = new ArrayList<>();
        InboxForm narrowing = form.narrowing();
        quick.add(new QuickFilter(labels.message("workbench.inbox.quick.all"), counts.total(), narrowing.link(Navigation.TASKS),
                form.isQuickAll()));
        quick.add(new QuickFilter(labels.message("workbench.inbox.quick.mine"), counts.mine(),
                narrowing.withHolder(Inbox.MINE).link(Navigation.TASKS), Inbox.MINE.equals(form.getHolder()) && form.noDueFilter()));
        quick.add(new QuickFilter(labels.message("workbench.inbox.quick.unclaimed"), counts.unclaimed(),
                narrowing.withHolder(Inbox.UNCLAIMED).link(Navigation.TASKS), Inbox.UNCLAIMED.equals(form.getHolder()) && form.noDueFilter()));
        quick.add(new QuickFilter(labels.message("workbench.inbox.quick.overdue"), counts.overdue(),
                narrowing.withOverdue().link(Navigation.TASKS), Boolean.TRUE.equals(form.getOverdue()) && form.getHolder() == null));
        quick.add(new QuickFilter(labels.message("workbench.inbox.quick.dueSoon", counts.dueSoonWorkingDays()), counts.dueSoon(),
                narrowing.withDueWithin(counts.dueSoonWorkingDays()).link(Navigation.TASKS),
                form.getDueWithin() != null && form.getDueWithin() == counts.dueSoonWorkingDays() && form.getHolder() == null));
        return quick;
    }

    /** The steps of each case type, by label, grouped by type. */
    private Map<String, List<Option>> steps() {
        Map<String, List<Option>> byType = new LinkedHashMap<>();
        for (CaseType type : CaseType.values()) {
            byType.put(labels.of("caseType", type.name()), vocabulary.userTaskKeys(type).stream()
                    .map(key -> new Option(key, labels.step(type.name(), key)))
                    .sorted(java.util.Comparator.comparing(Option::label)).toList());
        }
        return byType;
    }

    /** The colleagues of the official's unit a task can be handed to, by name. */
    private List<Option> colleagues(AppUser user) {
        if (user.unitCode() == null) {
            return List.of();
        }
        return users.membersOfUnit(user.unitCode()).stream().filter(u -> !u.username().equals(user.username()))
                .map(u -> new Option(u.username(), u.displayName())).toList();
    }

    /** A quick filter of the inbox with the number of tasks it shows. */
    record QuickFilter(String label, long count, String href, boolean active) {
    }
}
