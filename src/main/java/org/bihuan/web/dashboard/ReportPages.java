package org.bihuan.web.dashboard;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.document.TablePdf;
import org.bihuan.export.TableExport;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.supervision.Dashboard;
import org.bihuan.supervision.Dashboards;
import org.bihuan.web.FormErrors;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports upward ({@code /dashboard/reports}): the month's report of complaints in the shape a province asks of its
 * cities, by unit and by respondent type, as XLSX and PDF. The figures are the dashboard's ({@link Dashboards#monthly}).
 */
@Controller
class ReportPages {

    private final Dashboards dashboards;
    private final DashboardTables tables;
    private final TablePdf pdf;
    private final Users users;
    private final PageForms forms;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final PageLabels labels;
    private final RegionOptions regionOptions;

    ReportPages(Dashboards dashboards, DashboardTables tables, TablePdf pdf, Users users, PageForms forms,
                WorkingDayCalendar calendar, Clock clock, PageLabels labels, RegionOptions regionOptions) {
        this.labels = labels;
        this.regionOptions = regionOptions;
        this.dashboards = dashboards;
        this.tables = tables;
        this.pdf = pdf;
        this.users = users;
        this.forms = forms;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping(DashboardLinks.REPORTS)
    String page(@RequestParam(required = false) String month, @RequestParam(required = false) String region, Model model) {
        AppUser user = users.current();
        if (!dashboards.mayReport(user)) {
            throw new ForbiddenException("the monthly report is for supervisors, intake officials and administrators");
        }
        YearMonth last = YearMonth.from(LocalDate.ofInstant(clock.instant(), calendar.zone())).minusMonths(1);
        String chosen = month == null || month.isBlank() ? last.toString() : month.strip();
        boolean valid = true;
        try {
            dashboards.checkMonth(user, chosen);
        } catch (InvalidRequestException refused) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            valid = false;
        }
        model.addAttribute("month", chosen);
        model.addAttribute("region", region == null ? "" : region.strip());
        model.addAttribute("regionOptions", labels.withBlank("dashboard.filter.allRegions", regionOptions.of()));
        model.addAttribute("valid", valid);
        return "dashboard/reports";
    }

    @GetMapping(DashboardLinks.REPORTS + "/monthly.{format}")
    ResponseEntity<byte[]> monthly(@PathVariable String format, @RequestParam(required = false) String month,
                                   @RequestParam(required = false) String region) {
        Dashboards.Report report = dashboards.monthly(users.current(), month, region);
        String title = tables.message("dashboard.report.title", report.month().getYear(), report.month().getMonthValue());
        List<DashboardTables.Download> sheets = report.tables().stream().map(tables::show).map(tables::download).toList();
        return switch (format) {
            case "xlsx" -> Downloads.of(title + ".xlsx", TableExport.XLSX_MEDIA_TYPE, TableExport.xlsx(sheets.stream()
                    .map(s -> new TableExport.Sheet(DashboardPages.sheetName(s.name()), s.header(), s.rows())).toList(), calendar.zone()), false);
            case "pdf" -> Downloads.of(title + ".pdf", MediaType.APPLICATION_PDF_VALUE, pdf.render(new TablePdf.Report(title,
                    List.of(tables.message("dashboard.report.period", report.month().atDay(1).toString(), report.month().atEndOfMonth().toString()),
                            tables.message("dashboard.report.generated", LocalDate.ofInstant(clock.instant(), calendar.zone()).toString())),
                    report.tables().stream().map(t -> pdfTable(tables.show(t))).toList(), report.issuer(),
                    LocalDate.ofInstant(clock.instant(), calendar.zone()))), false);
            default -> throw new org.bihuan.domain.NotFoundException("no report as " + format);
        };
    }

    private TablePdf.Table pdfTable(DashboardTables.Shown table) {
        List<String> header = new ArrayList<>();
        header.add(table.rowHeading());
        table.columns().forEach(c -> header.add(c.label()));
        List<List<String>> rows = new ArrayList<>();
        java.util.stream.Stream.concat(table.rows().stream(), java.util.stream.Stream.ofNullable(table.total())).forEach(row -> {
            List<String> cells = new ArrayList<>();
            cells.add(row.label());
            row.cells().forEach(c -> cells.add(c.text()));
            rows.add(cells);
        });
        List<String> notes = table.columns().stream().filter(c -> c.definition() != null)
                .map(c -> tables.message("dashboard.report.note", c.label(), c.definition())).toList();
        return new TablePdf.Table(table.title(), header, rows, notes);
    }
}
