package org.bihuan.web.workbench;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.bihuan.supervision.UnitReminders;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Option;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * 批量催办: a supervisor chooses a unit, sees its overdue steps, and sends one 催办 to each at once through
 * {@link UnitReminders} (the service of {@code POST /api/supervision/units/{unit}/reminders}), which answers per step;
 * the page shows that answer. Supervisors and administrators; anyone else gets the 403 page from the service.
 */
@Controller
class UnitReminderPages {

    static final String PATH = "/workbench/batches/reminders";

    private final UnitReminders reminders;
    private final Users users;
    private final PageForms forms;
    private final PageLabels labels;

    UnitReminderPages(UnitReminders reminders, Users users, PageForms forms, PageLabels labels) {
        this.reminders = reminders;
        this.users = users;
        this.forms = forms;
        this.labels = labels;
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String unit, Model model) {
        return show(users.current(), unit, "", List.of(), model);
    }

    @PostMapping(PATH)
    String remind(@RequestParam(required = false) String unit, @RequestParam(required = false) String note, Model model) {
        AppUser supervisor = users.current();
        if (unit == null || unit.isBlank()) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(new InvalidRequestException("unit", "must name the unit")));
            return show(supervisor, null, note, List.of(), model);
        }
        try {
            List<UnitReminders.Reminded> sent = reminders.remind(supervisor, unit.strip(), note == null || note.isBlank() ? null : note.strip());
            return show(supervisor, unit, "", sent, model);
        } catch (InvalidRequestException refused) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            return show(supervisor, unit, note, List.of(), model);
        }
    }

    private String show(AppUser supervisor, String unitCode, String note, List<UnitReminders.Reminded> sent, Model model) {
        UnitReminders.requireSupervisor(supervisor);
        Unit unit = unitCode == null || unitCode.isBlank() ? null : users.unit(unitCode.strip()).orElse(null);
        model.addAttribute("unitOptions", labels.withBlank("form.choose", users.unitsOfKind("HANDLING").stream()
                .map(u -> new Option(u.code(), u.name())).toList()));
        model.addAttribute("unit", unit);
        model.addAttribute("note", note == null ? "" : note);
        model.addAttribute("sent", sent);
        model.addAttribute("overdue", unit == null ? List.of() : reminders.overdueSteps(supervisor, unit.code()));
        return "workbench/batch-reminders";
    }
}
