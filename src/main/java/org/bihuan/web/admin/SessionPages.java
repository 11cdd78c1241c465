package org.bihuan.web.admin;

import org.bihuan.domain.ConflictException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.proposal.CppccSession;
import org.bihuan.proposal.CppccSessions;
import org.bihuan.proposal.SessionRequest;
import org.bihuan.web.FormErrors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The CPPCC sessions (届次、会次) for the administrator: the list with the session open today, a new session, one
 * session's corrections and its removal. Everything through {@link CppccSessions}, with the API's rules and field
 * errors.
 */
@Controller
class SessionPages {

    static final String SESSIONS = "/admin/sessions";

    private final CppccSessions sessions;
    private final PageForms forms;
    private final PageLabels labels;
    private final AdminDays days;

    SessionPages(CppccSessions sessions, PageForms forms, PageLabels labels, AdminDays days) {
        this.sessions = sessions;
        this.forms = forms;
        this.labels = labels;
        this.days = days;
    }

    @GetMapping(SESSIONS)
    String list(Model model) {
        return list(new SessionForm(), model);
    }

    @PostMapping(SESSIONS)
    String create(@ModelAttribute("form") SessionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(binding));
            return list(form, model);
        }
        try {
            CppccSession created = sessions.create(form.request());
            redirect.addFlashAttribute("saved", name(created));
            return "redirect:" + SESSIONS;
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            return list(form, model);
        }
    }

    @GetMapping(SESSIONS + "/{id}")
    String edit(@PathVariable long id, Model model) {
        return edit(sessions.get(id), SessionForm.of(sessions.get(id)), model);
    }

    @PostMapping(SESSIONS + "/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") SessionForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CppccSession session = sessions.get(id);
        if (binding.hasErrors()) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(binding));
            return edit(session, form, model);
        }
        try {
            redirect.addFlashAttribute("saved", name(sessions.update(id, form.request())));
            return "redirect:" + SESSIONS;
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            return edit(session, form, model);
        }
    }

    @PostMapping(SESSIONS + "/{id}/delete")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
        CppccSession session = sessions.get(id);
        try {
            sessions.delete(id);
            redirect.addFlashAttribute("deleted", name(session));
            return "redirect:" + SESSIONS;
        } catch (ConflictException kept) {
            model.addAttribute("deleteRefused", true);
            return edit(session, SessionForm.of(session), model);
        }
    }

    private String list(SessionForm form, Model model) {
        LocalDate today = days.today();
        Optional<CppccSession> current = sessions.current();
        model.addAttribute("sessions", sessions.list().stream().map(s -> line(s, today)).toList());
        model.addAttribute("current", current.map(s -> line(s, today)).orElse(null));
        model.addAttribute("form", form);
        return "admin/sessions";
    }

    private String edit(CppccSession session, SessionForm form, Model model) {
        model.addAttribute("entry", line(session, days.today()));
        model.addAttribute("form", form);
        return "admin/sessions-edit";
    }

    private SessionLine line(CppccSession s, LocalDate today) {
        return new SessionLine(s.id(), name(s), days.format(s.plenaryOpens()), days.format(s.plenaryCloses()),
                days.format(s.plenaryCloses().plusDays(1)), days.format(s.recessEnds()), s.numberYear(), s.proposals(),
                s.isOpenOn(today), s.inPlenary(today));
    }

    /** 七届二次会议 in Chinese; "Term 7, session 2" in English. */
    private String name(CppccSession s) {
        return labels.message("admin.sessions.name", s.name(), s.term(), s.meeting());
    }

    /** A session as the page shows it: days already in the page's language. */
    record SessionLine(long id, String name, String plenaryOpens, String plenaryCloses, String recessStarts, String recessEnds,
                       int numberYear, long proposals, boolean current, boolean inPlenary) {

        public boolean deletable() {
            return proposals == 0;
        }
    }

    /** The session as typed: the fields of {@link SessionRequest}; days as the date inputs send them (2026-01-08). */
    public static final class SessionForm {
        private Integer term;
        private Integer meeting;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate plenaryOpens;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate plenaryCloses;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate recessEnds;

        static SessionForm of(CppccSession session) {
            SessionForm form = new SessionForm();
            form.term = session.term();
            form.meeting = session.meeting();
            form.plenaryOpens = session.plenaryOpens();
            form.plenaryCloses = session.plenaryCloses();
            form.recessEnds = session.recessEnds();
            return form;
        }

        SessionRequest request() {
            return new SessionRequest(term, meeting, plenaryOpens, plenaryCloses, recessEnds);
        }

        public Integer getTerm() {
            return term;
        }

        public void setTerm(Integer term) {
            this.term = term;
        }

        public Integer getMeeting() {
            return meeting;
        }

        public void setMeeting(Integer meeting) {
            this.meeting = meeting;
        }

        public LocalDate getPlenaryOpens() {
            return plenaryOpens;
        }

        public void setPlenaryOpens(LocalDate plenaryOpens) {
            this.plenaryOpens = plenaryOpens;
        }

        public LocalDate getPlenaryCloses() {
            return plenaryCloses;
        }

        public void setPlenaryCloses(LocalDate plenaryCloses) {
            this.plenaryCloses = plenaryCloses;
        }

        public LocalDate getRecessEnds() {
            return recessEnds;
        }

        public void setRecessEnds(LocalDate recessEnds) {
            this.recessEnds = recessEnds;
        }
    }
}
