package org.bihuan.web.workbench;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.task.AbsenceRequest;
import org.bihuan.task.Absences;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Option;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.LocalDate;
import java.util.List;

/**
 * 代岗: an official marks an absence (first and last day) and names a colleague of the same unit, chosen from a list,
 * who holds their tasks meanwhile; sees the absences not over yet and cancels one. Through {@link Absences}, the
 * service of {@code /api/me/absences}: its rules (same unit, not in the past, no overlap) answer next to the fields.
 */
@Controller
class AbsencePages {

    static final String PATH = "/workbench/absences";

    private final Absences absences;
    private final Users users;
    private final PageForms forms;
    private final PageLabels labels;

    AbsencePages(Absences absences, Users users, PageForms forms, PageLabels labels) {
        this.absences = absences;
        this.users = users;
        this.forms = forms;
        this.labels = labels;
    }

    /** The absence as typed. A bean: a day that does not convert is shown next to its field, the rest kept. */
    public static final class Form {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate from;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate to;
        private String standIn;
        private String note;

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }

        public String getStandIn() {
            return standIn;
        }

        public void setStandIn(String standIn) {
            this.standIn = standIn;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("absence", new Form());
        return show(users.current(), model);
    }

    @PostMapping(PATH)
    String announce(@ModelAttribute("absence") Form form, BindingResult binding, Model model) {
        AppUser official = users.current();
        if (binding.hasErrors()) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(binding));
            return show(official, model);
        }
        try {
            absences.announce(official, new AbsenceRequest(form.getFrom(), form.getTo(), form.getStandIn(), form.getNote()));
        } catch (InvalidRequestException refused) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            return show(official, model);
        }
        return "redirect:" + PATH + "?announced";
    }

    @PostMapping(PATH + "/{id}/cancel")
    String cancel(@PathVariable long id) {
        absences.withdraw(users.current(), id);
        return "redirect:" + PATH + "?cancelled";
    }

    private String show(AppUser official, Model model) {
        List<Option> colleagues = official.unitCode() == null ? List.of() : users.membersOfUnit(official.unitCode()).stream()
                .filter(colleague -> !colleague.username().equals(official.username()))
                .map(colleague -> new Option(colleague.username(), colleague.displayName()))
                .toList();
        model.addAttribute("colleagues", colleagues);
        model.addAttribute("standInOptions", labels.withBlank("form.choose", colleagues));
        model.addAttribute("unit", official.unitCode() == null ? null : users.unit(official.unitCode()).orElse(null));
        model.addAttribute("mine", absences.of(official));
        return "workbench/absences";
    }
}
