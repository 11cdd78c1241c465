package org.bihuan.web.dashboard;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseType;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.export.TableExport;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.bihuan.supervision.Dashboard;
import org.bihuan.supervision.Dashboards;
import org.bihuan.supervision.SupervisionDesk;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Navigation;
import org.bihuan.web.Option;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 督办看板 ({@code /dashboard}): the charts with their tables, the overdue list to 督办 from, and each table's CSV/XLSX
 * download. Who sees what is {@link Dashboards}' rule: a unit head its own unit, and a request for another unit is
 * refused (403), not widened.
 */
@Controller
class DashboardPages {

    private final Dashboards dashboards;
    private final SupervisionDesk desk;
    private final DashboardTables tables;
    private final Users users;
    private final PageLabels labels;
    private final PageForms forms;
    private final WorkingDayCalendar calendar;
    private final RegionOptions regionOptions;

    DashboardPages(Dashboards dashboards, SupervisionDesk desk, DashboardTables tables, Users users, PageLabels labels,
                   PageForms forms, WorkingDayCalendar calendar, RegionOptions regionOptions) {
        this.regionOptions = regionOptions;
        this.dashboards = dashboards;
        this.desk = desk;
        this.tables = tables;
        this.users = users;
        this.labels = labels;
        this.forms = forms;
        this.calendar = calendar;
    }

    @GetMapping(Navigation.DASHBOARD)
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String type, @RequestParam(required = false) String unit,
                     @RequestParam(required = false) String region, Model model) {
        AppUser user = users.current();
        Dashboard.View view;
        try {
            view = dashboards.view(user, from, to, type, unit, region);
        } catch (InvalidRequestException refused) {
            // the figures of the default period, with the refused values next to their fields
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            view = dashboards.view(user, null, null, null, null);
        }
        Dashboard.Scope scope = view.scope();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("from", from == null ? view.filter().from().toString() : from);
        typed.put("to", to == null ? view.filter().to().toString() : to);
        typed.put("type", type == null ? "" : type);
        typed.put("unit", unit == null ? "" : unit);
        typed.put("region", region == null ? "" : region);
        model.addAttribute("view", view);
        model.addAttribute("typed", typed);
        model.addAttribute("tables", view.tables().stream().map(tables::show).toList());
        model.addAttribute("query", query(view.filter()));
        model.addAttribute("typeOptions", typeOptions(scope));
        model.addAttribute("unitOptions", scope.unitFixed() ? List.of() : labels.withBlank("dashboard.filter.allUnits",
                users.units().stream().map(u -> new Option(u.code(), u.name())).toList()));
        model.addAttribute("regionOptions", labels.withBlank("dashboard.filter.allRegions", regionOptions.of()));
        model.addAttribute("fixedUnit", scope.unitFixed() ? users.unit(scope.units().iterator().next()).map(Unit::name).orElse("") : null);
        model.addAttribute("overdueSteps", dashboards.overdueSteps(user, view.filter()));
        model.addAttribute("maySupervise", desk.maySupervise(user));
        model.addAttribute("levelLabels", levelLabels());
        model.addAttribute("mayReport", dashboards.mayReport(user));
        return "dashboard/dashboard";
    }

    /** One table of the dashboard as CSV or XLSX: exactly its rows and columns as the page shows them. */
    @GetMapping("/dashboard/export/{key}.{format}")
    ResponseEntity<byte[]> export(@PathVariable String key, @PathVariable String format,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String type, @RequestParam(required = false) String unit,
                                  @RequestParam(required = false) String region) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new NotFoundException("no download as " + format);
        }
        Dashboard.View view = dashboards.view(users.current(), from, to, type, unit, region);
        Dashboard.Table table = view.tables().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("no dashboard table " + key));
        DashboardTables.Download download = tables.download(tables.show(table));
        boolean xlsx = format.equals("xlsx");
        byte[] body = xlsx ? TableExport.xlsx(sheetName(download.name()), download.header(), download.rows(), calendar.zone())
                : TableExport.csv(download.header(), download.rows(), calendar.zone());
        String filename = download.name() + " " + view.filter().from() + "_" + view.filter().to() + "." + format;
        return ResponseEntity.ok()
                .contentType(xlsx ? MediaType.parseMediaType(TableExport.XLSX_MEDIA_TYPE) : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** The overdue list of the dashboard's scope and filter, every row, as CSV or XLSX. */
    @GetMapping({"/dashboard/overdue.csv", "/dashboard/overdue.xlsx"})
    ResponseEntity<byte[]> overdueExport(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String type, @RequestParam(required = false) String unit,
                                         @RequestParam(required = false) String region, jakarta.servlet.http.HttpServletRequest request) {
        return Downloads.of(dashboards.overdueExport(users.current(), from, to, type, unit, region,
                request.getRequestURI().endsWith(".xlsx")));
    }

    /** The ladder's levels by their label in the page's language (the configured label where the bundles have none). */
    private Map<String, String> levelLabels() {
        Map<String, String> levels = new LinkedHashMap<>();
        desk.levels().forEach(level -> levels.put(level.name(), tables.text(
                new Dashboard.Text("dashboard.level." + level.name(), List.of(), level.label(), null))));
        return levels;
    }

    /** An Excel sheet's name holds at most 31 characters and none of []:*?/\ . */
    static String sheetName(String name) {
        String safe = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }

    private List<Option> typeOptions(Dashboard.Scope scope) {
        List<Option> options = new ArrayList<>();
        if (scope.types().size() > 1) {
            options.add(new Option("", labels.message("dashboard.filter.allTypes")));
        }
        for (CaseType type : scope.types()) {
            options.add(new Option(type.name(), labels.of("caseType", type.name())));
        }
        return options;
    }

    /** The filter as query parameters, for the downloads' links. */
    private static Map<String, String> query(Dashboard.Filter filter) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", filter.from().toString());
        query.put("to", filter.to().toString());
        if (filter.type() != null) {
            query.put("type", filter.type().name());
        }
        if (filter.unit() != null) {
            query.put("unit", filter.unit());
        }
        if (filter.region() != null) {
            query.put("region", filter.region());
        }
        return query;
    }
}
