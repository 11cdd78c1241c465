package org.bihuan.web.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.supervision.LedgerEntry;
import org.bihuan.supervision.OverdueStep;
import org.bihuan.supervision.SupervisionDesk;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Option;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 督办 from the pages: the form for a 督办 by hand on a case (level and note; the supervision API's service), the
 * ledger line it made with its 督办通知书, the 督办台账 and the 通报 list with their filters and downloads. A unit
 * official sees its own unit's lines; asking for another unit is refused.
 */
@Controller
class SupervisionPages {

    static final String SUPERVISE = "/dashboard/supervise/{caseNo}";
    static final String ENTRY = DashboardLinks.LEDGER + "/{id}";

    private final SupervisionDesk desk;
    private final Users users;
    private final PageForms forms;
    private final PageLabels labels;
    private final DashboardTables tables;

    SupervisionPages(SupervisionDesk desk, Users users, PageForms forms, PageLabels labels, DashboardTables tables) {
        this.desk = desk;
        this.users = users;
        this.forms = forms;
        this.labels = labels;
        this.tables = tables;
    }

    @GetMapping(SUPERVISE)
    String superviseForm(@PathVariable String caseNo, Model model) {
        AppUser user = users.current();
        desk.checkMaySupervise(user);
        return form(user, caseNo, Map.of("level", "", "note", ""), model);
    }

    @PostMapping(SUPERVISE)
    String supervise(@PathVariable String caseNo, @RequestParam(required = false) String level,
                     @RequestParam(required = false) String note, Model model) {
        AppUser user = users.current();
        try {
            LedgerEntry entry = desk.supervise(user, caseNo, level, note);
            return "redirect:" + DashboardLinks.LEDGER + "/" + entry.id() + "?issued";
        } catch (InvalidRequestException refused) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("level", level == null ? "" : level);
            typed.put("note", note == null ? "" : note);
            return form(user, caseNo, typed, model);
        }
    }

    private String form(AppUser user, String caseNo, Map<String, String> typed, Model model) {
        List<OverdueStep> overdue = desk.overdue(user, null, null, null, null).stream().filter(s -> s.caseNo().equals(caseNo)).toList();
        model.addAttribute("caseNo", caseNo);
        model.addAttribute("overdue", overdue);
        model.addAttribute("typed", typed);
        model.addAttribute("levelOptions", labels.withBlank("form.choose", desk.levels().stream()
                .map(l -> new Option(l.name(), levelLabel(l) + (l.letter() ? " · " + labels.message("dashboard.supervise.letter") : ""))).toList()));
        model.addAttribute("noteMax", SupervisionDesk.NOTE_MAX_LENGTH);
        return "dashboard/supervise";
    }

    @GetMapping(ENTRY)
    String entry(@PathVariable long id, @RequestParam(required = false) String issued, Model model) {
        LedgerEntry entry = desk.entry(users.current(), id);
        model.addAttribute("entry", entry);
        model.addAttribute("issued", issued != null);
        model.addAttribute("levelLabels", levelLabels());
        return "dashboard/entry";
    }

    @GetMapping(ENTRY + "/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable long id) {
        AppUser user = users.current();
        LedgerEntry entry = desk.entry(user, id);
        return Downloads.of("督办通知书-" + entry.caseNo() + ".pdf", MediaType.APPLICATION_PDF_VALUE, desk.letter(user, id), true);
    }

    @GetMapping(DashboardLinks.LEDGER)
    String ledger(@RequestParam(required = false) String caseNo, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String unit, @RequestParam(required = false) String level,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        AppUser user = users.current();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("caseNo", blank(caseNo));
        typed.put("type", blank(type));
        typed.put("unit", blank(unit));
        typed.put("level", blank(level));
        typed.put("from", blank(from));
        typed.put("to", blank(to));
        List<LedgerEntry> lines;
        try {
            lines = desk.ledger(user, caseNo, type, unit, level, from, to);
        } catch (InvalidRequestException refused) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            lines = List.of();
        }
        model.addAttribute("lines", lines);
        model.addAttribute("typed", typed);
        model.addAttribute("unitOptions", unitOptions(user));
        model.addAttribute("typeOptions", labels.withBlank("dashboard.filter.allTypes", labels.options("caseType", List.of("COMPLAINT", "PROPOSAL"))));
        model.addAttribute("levelOptions", labels.withBlank("dashboard.filter.allLevels",
                desk.levels().stream().map(l -> new Option(l.name(), levelLabel(l))).toList()));
        model.addAttribute("levelLabels", levelLabels());
        model.addAttribute("unitNames", unitNames());
        return "dashboard/ledger";
    }

    @GetMapping({DashboardLinks.LEDGER + ".csv", DashboardLinks.LEDGER + ".xlsx"})
    ResponseEntity<byte[]> ledgerExport(@RequestParam(required = false) String caseNo, @RequestParam(required = false) String type,
                                        @RequestParam(required = false) String unit, @RequestParam(required = false) String level,
                                        @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                        HttpServletRequest request) {
        return Downloads.of(desk.ledgerExport(users.current(), caseNo, type, unit, level, from, to,
                request.getRequestURI().endsWith(".xlsx")));
    }

    @GetMapping(DashboardLinks.NOTICES)
    String notices(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model) {
        AppUser user = users.current();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("unit", blank(unit));
        typed.put("from", blank(from));
        typed.put("to", blank(to));
        List<SupervisionDesk.Notice> notices;
        try {
            notices = desk.notices(user, unit, from, to);
        } catch (InvalidRequestException refused) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            notices = List.of();
        }
        model.addAttribute("notices", notices);
        model.addAttribute("typed", typed);
        model.addAttribute("unitOptions", unitOptions(user));
        return "dashboard/notices";
    }

    /** The unit filter: every unit for a supervisor; a unit official has its own and no choice. */
    private List<Option> unitOptions(AppUser user) {
        if (!desk.maySupervise(user)) {
            return List.of();
        }
        return labels.withBlank("dashboard.filter.allUnits", users.units().stream().map(u -> new Option(u.code(), u.name())).toList());
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        users.units().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }

    private String levelLabel(SupervisionDesk.Level level) {
        return tables.text(new org.bihuan.supervision.Dashboard.Text("dashboard.level." + level.name(), List.of(), level.label(), null));
    }

    private Map<String, String> levelLabels() {
        Map<String, String> levels = new LinkedHashMap<>();
        desk.levels().forEach(level -> levels.put(level.name(), levelLabel(level)));
        return levels;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
