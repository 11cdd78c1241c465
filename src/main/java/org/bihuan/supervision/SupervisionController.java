package org.bihuan.supervision;

import org.bihuan.export.TableExport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.bihuan.document.DocumentRegister;
import org.bihuan.document.IssuedDocument;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
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
import java.util.Map;
import java.util.Set;

/**
 * Supervisors (and administrators) see everything here; a unit official sees the lines of its own unit.
 */
@RestController
@RequestMapping("/api/supervision")
class SupervisionController {

    private static final Set<String> TYPES = Set.of("COMPLAINT", "PROPOSAL");

    private final SupervisionQueries queries;
    private final SupervisionLedger ledger;
    private final Escalations escalations;
    private final DocumentRegister documents;
    private final WorkingDayCalendar calendar;
    private final Users users;
    private final UnitReminders unitReminders;

    SupervisionController(SupervisionQueries queries, SupervisionLedger ledger, Escalations escalations, DocumentRegister documents,
                          WorkingDayCalendar calendar, Users users, UnitReminders unitReminders) {
        this.unitReminders = unitReminders;
        this.queries = queries;
        this.ledger = ledger;
        this.escalations = escalations;
        this.documents = documents;
        this.calendar = calendar;
        this.users = users;
    }

    @GetMapping("/overdue")
    List<OverdueStep> overdue(@RequestParam(required = false) String type, @RequestParam(required = false) String unit,
                              @RequestParam(required = false) String level, @RequestParam(required = false) String aging) {
        return queries.overdue(type(type), scopedUnit(users.current(), unit), level(level), aging);
    }

    @GetMapping("/ledger")
    List<LedgerEntry> ledger(@RequestParam(required = false) String caseNo, @RequestParam(required = false) String type,
                             @RequestParam(required = false) String unit, @RequestParam(required = false) String level,
                             @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from", "must not be after to");
        }
        return ledger.find(new SupervisionLedger.Filter(caseNo, type(type), scopedUnit(users.current(), unit), level(level),
                from == null ? null : from.atStartOfDay(calendar.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(calendar.zone()).toInstant(), 1000));
    }

    @GetMapping({"/overdue.csv", "/overdue.xlsx"})
    ResponseEntity<byte[]> overdueExport(@RequestParam(required = false) String type, @RequestParam(required = false) String unit,
                                         @RequestParam(required = false) String level, @RequestParam(required = false) String aging,
                                         jakarta.servlet.http.HttpServletRequest request) {
        List<OverdueStep> rows = overdue(type, unit, level, aging);
        List<String> header = List.of("编号", "类型", "案由", "环节", "承办单位", "期限", "超期工作日", "超期区间", "督办级别", "督办次数", "最近督办", "最近督办时间");
        List<List<Object>> cells = rows.stream().map(o -> List.<Object>of(o.caseNo(), o.caseType(), o.title(), o.stepName(),
                nullToEmpty(o.unitName()), o.dueAt(), o.overdueWorkingDays(), o.aging(), nullToEmpty(o.escalationLevel()),
                o.supervisionCount(), nullToEmpty(o.lastAction()), o.lastActionAt() == null ? "" : o.lastActionAt())).toList();
        return export(request, "超期清单", header, cells);
    }

    @GetMapping({"/ledger.csv", "/ledger.xlsx"})
    ResponseEntity<byte[]> ledgerExport(@RequestParam(required = false) String caseNo, @RequestParam(required = false) String type,
                                        @RequestParam(required = false) String unit, @RequestParam(required = false) String level,
                                        @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                        jakarta.servlet.http.HttpServletRequest request) {
        List<LedgerEntry> rows = ledger(caseNo, type, unit, level, from, to);
        List<String> header = List.of("编号", "类型", "环节", "承办单位", "督办级别", "手动", "时间", "督办人", "督办意见", "督办书编号",
                "答复期限", "状态", "答复人", "答复时间", "答复内容");
        List<List<Object>> cells = rows.stream().map(e -> java.util.Arrays.<Object>asList(e.caseNo(), e.caseType(), e.stepName(),
                escalations.unitName(e.unitCode()), e.level(), e.manual() ? "是" : "否", e.at(), e.by(), e.note(), e.letterNo(),
                e.answerDueAt(), e.status(), e.answeredBy(), e.answeredAt(), e.answer())).toList();
        return export(request, "督办台账", header, cells);
    }

    private ResponseEntity<byte[]> export(jakarta.servlet.http.HttpServletRequest request, String name, List<String> header,
                                          List<List<Object>> rows) {
        boolean xlsx = request.getRequestURI().endsWith(".xlsx");
        byte[] body = xlsx ? TableExport.xlsx(name, header, rows, calendar.zone()) : TableExport.csv(header, rows, calendar.zone());
        return ResponseEntity.ok()
                .contentType(xlsx ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + (xlsx ? ".xlsx" : ".csv"), StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @GetMapping("/notices")
    List<Map<String, Object>> notices() {
        scopedUnit(users.current(), null);
        return queries.notices();
    }

    /** 督办 by hand: the supervisor picks the level and writes a note. */
    @PostMapping("/cases/{caseNo}/supervisions")
    ResponseEntity<LedgerEntry> supervise(@PathVariable String caseNo, @Valid @RequestBody ManualSupervision request) {
        LedgerEntry entry = escalations.byHand(users.current(), caseNo, request.level(), request.note());
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
        return visible(users.current(), ledger.get(id));
    }

    /** The 督办通知书 of a SUPERVISION_LETTER line: the official document issued with it (also in the case's documents). */
    @GetMapping("/ledger/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable long id) {
        LedgerEntry entry = visible(users.current(), ledger.get(id));
        if (entry.letterNo() == null) {
            throw new ConflictException("ledger entry " + entry.id() + " (" + entry.level() + ") has no supervision letter");
        }
        IssuedDocument letter = documents.byNumber(entry.letterNo())
                .orElseThrow(() -> new NotFoundException("supervision letter " + entry.letterNo() + " is not in the register"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("督办通知书-" + entry.caseNo() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(documents.pdf(letter));
    }

    record ManualSupervision(@NotBlank String level, @Size(max = 5000) String note) {
    }

    /** Supervisors and administrators see every unit; a unit official only its own; nobody else anything. */
    private String scopedUnit(AppUser user, String requested) {
        if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)) {
            return requested;
        }
        if (user.has(Role.UNIT) && user.unitCode() != null) {
            if (requested != null && !requested.equals(user.unitCode())) {
                throw new ForbiddenException("a unit official sees only its own unit's supervision");
            }
            return user.unitCode();
        }
        throw new ForbiddenException("supervision is for supervisors and the units concerned");
    }

    private LedgerEntry visible(AppUser user, LedgerEntry entry) {
        if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN) || user.has(Role.UNIT) && user.unitCode() != null && user.unitCode().equals(entry.unitCode())) {
            return entry;
        }
        throw new NotFoundException("no supervision ledger entry " + entry.id());
    }

    private static String type(String type) {
        if (type != null && !TYPES.contains(type)) {
            throw new InvalidRequestException("type", "must be one of " + TYPES);
        }
        return type;
    }

    private String level(String level) {
        if (level != null && escalations.levels().stream().noneMatch(l -> l.name().equals(level))) {
            throw new InvalidRequestException("level", "must be one of " + escalations.levels().stream().map(EscalationProperties.Level::name).toList());
        }
        return level;
    }
}
