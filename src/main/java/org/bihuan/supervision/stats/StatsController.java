package org.bihuan.supervision.stats;

import org.bihuan.casefile.CaseType;
import org.bihuan.identity.Users;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The numbers supervisors run on, as JSON, CSV and XLSX with the same parameters: from, to (ISO dates, both
 * inclusive, in the calendar's zone; default the current month to date), unit (a unit code; default every unit),
 * type (COMPLAINT or PROPOSAL; default every type the caller may see). Roles: SUPERVISOR and ADMIN see both
 * types, INTAKE the complaints, COMMITTEE the proposals; everyone else gets 403.
 */
@RestController
class StatsController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StatsService stats;
    private final Users users;

    StatsController(StatsService stats, Users users) {
        this.stats = stats;
        this.users = users;
    }

    @GetMapping("/api/stats")
    StatsReport stats(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String unit, @RequestParam(required = false) String type) {
        return report(from, to, unit, type);
    }

    /** This period against the one before (this month against the last, to the same day), figure by figure. */
    @GetMapping("/api/stats/comparison")
    Comparison comparison(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          @RequestParam(required = false) String unit, @RequestParam(required = false) String type) {
        StatsRequest request = StatsRequest.parse(from, to, unit, type, stats.today(), stats::unitExists);
        List<CaseType> types = StatsAccess.typesFor(users.current(), request.type());
        return new Comparison(stats.report(request, types), stats.report(request.previous(), types));
    }

    record Comparison(StatsReport current, StatsReport previous) {
    }

    @GetMapping("/api/stats.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String unit, @RequestParam(required = false) String type) {
        return download(report(from, to, unit, type), "csv", new MediaType("text", "csv", StandardCharsets.UTF_8), StatsCsv::write);
    }

    @GetMapping("/api/stats.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String unit, @RequestParam(required = false) String type) {
        return download(report(from, to, unit, type), "xlsx", XLSX, StatsXlsx::write);
    }

    private StatsReport report(String from, String to, String unit, String type) {
        StatsRequest request = StatsRequest.parse(from, to, unit, type, stats.today(), stats::unitExists);
        List<CaseType> types = StatsAccess.typesFor(users.current(), request.type());
        return stats.report(request, types);
    }

    private static ResponseEntity<byte[]> download(StatsReport report, String extension, MediaType type,
                                                   Function<StatsReport, byte[]> writer) {
        String filename = "bihuan-stats-" + report.from() + "_" + report.to() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(writer.apply(report));
    }
}
