package org.bihuan.supervision;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.bihuan.identity.Users;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Supervisors (and administrators) see everything here; a unit official sees the lines of its own unit. The rules are
 * {@link SupervisionDesk}'s, which the supervisors' pages use too.
 */
@RestController
@RequestMapping("/api/supervision")
class SupervisionController {

    private final SupervisionDesk desk;
    private final Users users;
    private final UnitReminders unitReminders;

    SupervisionController(SupervisionDesk desk, Users users, UnitReminders unitReminders) {
        this.desk = desk;
        this.users = users;
        this.unitReminders = unitReminders;
    }

    @GetMapping("/overdue")
    List<OverdueStep> overdue(@RequestParam(required = false) String type, @RequestParam(required = false) String unit,
                              @RequestParam(required = false) String level, @RequestParam(required = false) String aging) {
        return desk.overdue(users.current(), type, unit, level, aging);
    }

    @GetMapping("/ledger")
    List<LedgerEntry> ledger(@RequestParam(required = false) String caseNo, @RequestParam(required = false) String type,
                             @RequestParam(required = false) String unit, @RequestParam(required = false) String level,
                             @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return desk.ledger(users.current(), caseNo, type, unit, level, text(from), text(to));
    }

    @GetMapping({"/overdue.csv", "/overdue.xlsx"})
    ResponseEntity<byte[]> overdueExport(@RequestParam(required = false) String type, @RequestParam(required = false) String unit,
                                         @RequestParam(required = false) String level, @RequestParam(required = false) String aging,
                                         HttpServletRequest request) {
        return download(desk.overdueExport(users.current(), type, unit, level, aging, xlsx(request)));
    }

    @GetMapping({"/ledger.csv", "/ledger.xlsx"})
    ResponseEntity<byte[]> ledgerExport(@RequestParam(required = false) String caseNo, @RequestParam(required = false) String type,
                                        @RequestParam(required = false) String unit, @RequestParam(required = false) String level,
                                        @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                        HttpServletRequest request) {
        return download(desk.ledgerExport(users.current(), caseNo, type, unit, level, text(from), text(to), xlsx(request)));
    }

    @GetMapping("/notices")
    List<SupervisionDesk.Notice> notices() {
        return desk.notices(users.current(), null, null, null);
    }

    /** 督办 by hand: the supervisor picks the level and writes a note. */
    @PostMapping("/cases/{caseNo}/supervisions")
    ResponseEntity<LedgerEntry> supervise(@PathVariable String caseNo, @Valid @RequestBody ManualSupervision request) {
        LedgerEntry entry = desk.supervise(users.current(), caseNo, request.level(), request.note());
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/supervision/ledger/{id}").buildAndExpand(entry.id()).toUri();
        return ResponseEntity.created(location).body(entry);
    }

    /** One 催办 to every overdue step of a unit; the answer says per step what happened. */
    @PostMapping("/units/{unit}/reminders")
    List<UnitReminders.Reminded> remindUnit(@PathVariable String unit, @RequestBody(required = false) UnitReminder request) {
        return unitReminders.remind(users.current(), unit, request == null ? null : request.note());
    }

    record UnitReminder(String note) {
    }

    @GetMapping("/ledger/{id}")
    LedgerEntry entry(@PathVariable long id) {
        return desk.entry(users.current(), id);
    }

    @GetMapping("/ledger/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable long id) {
        LedgerEntry entry = desk.entry(users.current(), id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("督办通知书-" + entry.caseNo() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(desk.letter(users.current(), id));
    }

    record ManualSupervision(@NotBlank String level, @Size(max = SupervisionDesk.NOTE_MAX_LENGTH) String note) {
    }

    private static boolean xlsx(HttpServletRequest request) {
        return request.getRequestURI().endsWith(".xlsx");
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static ResponseEntity<byte[]> download(SupervisionDesk.Download file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .body(file.body());
    }
}
