package org.bihuan.web.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.bihuan.audit.AuditEntry;
import org.bihuan.audit.AuditLog;
import org.bihuan.audit.AuditPage;
import org.bihuan.audit.AuditQuery;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Option;
import org.bihuan.web.PageForms;
import org.bihuan.web.Pager;
import org.bihuan.web.PageLabels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 操作记录 (/admin/audit): every administrative change — who, when, what, the subject before and after — filtered by
 * person, action, kind of subject, subject and days. Read through {@link AuditLog#search}.
 */
@Controller
class AuditPages {

    private final AuditLog audit;
    private final PageForms forms;
    private final PageLabels labels;
    private final ObjectMapper json;

    AuditPages(AuditLog audit, PageForms forms, PageLabels labels, ObjectMapper json) {
        this.audit = audit;
        this.forms = forms;
        this.labels = labels;
        this.json = json;
    }

    @GetMapping(AdminPaths.AUDIT)
    String list(@ModelAttribute("filter") AuditFilter filter, BindingResult binding, Model model, HttpServletResponse response) {
        model.addAttribute("actions", labels.withBlank("admin.audit.action.all",
                audit.actions().stream().map(a -> new Option(a, labels.of("admin.audit.action", a))).toList()));
        model.addAttribute("subjectTypes", labels.withBlank("admin.audit.subjectType.all",
                audit.subjectTypes().stream().map(t -> new Option(t, labels.of("admin.audit.subjectType", t))).toList()));
        model.addAttribute("adminSection", "audit");
        AuditPage page = new AuditPage(List.of(), 0, AdminPaths.PAGE_SIZE, 0);
        if (binding.hasErrors()) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(binding));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            try {
                page = audit.search(new AuditQuery(filter.getActor(), filter.getAction(), filter.getSubjectType(),
                        filter.getSubjectId(), filter.getFrom(), filter.getTo(), Math.max(filter.getPage(), 0), AdminPaths.PAGE_SIZE));
            } catch (InvalidRequestException rejected) {
                model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("actor", filter.getActor());
        filters.put("action", filter.getAction());
        filters.put("subjectType", filter.getSubjectType());
        filters.put("subjectId", filter.getSubjectId());
        filters.put("from", filter.getFrom());
        filters.put("to", filter.getTo());
        model.addAttribute("entries", page.entries().stream().map(this::shown).toList());
        model.addAttribute("total", page.total());
        model.addAttribute("pager", Pager.of(page.page(), page.size(), page.total(), AdminPaths.AUDIT, filters));
        return "admin/audit";
    }

    /** An entry with its JSON indented for reading. */
    public record Shown(AuditEntry entry, String before, String after) {
    }

    private Shown shown(AuditEntry entry) {
        return new Shown(entry, pretty(entry.before()), pretty(entry.after()));
    }

    private String pretty(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(text));
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    /** The filters as typed; dates that do not parse are named by the binding. */
    public static final class AuditFilter {
        private String actor;
        private String action;
        private String subjectType;
        private String subjectId;
        @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
        private LocalDate from;
        @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
        private LocalDate to;
        private int page;

        public String getActor() {
            return actor;
        }

        public void setActor(String actor) {
            this.actor = actor;
        }

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getSubjectType() {
            return subjectType;
        }

        public void setSubjectType(String subjectType) {
            this.subjectType = subjectType;
        }

        public String getSubjectId() {
            return subjectId;
        }

        public void setSubjectId(String subjectId) {
            this.subjectId = subjectId;
        }

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

        public int getPage() {
            return page;
        }

        public void setPage(int page) {
            this.page = page;
        }
    }
}
