package org.bihuan.proposal;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.document.IssuedDocument;
import org.bihuan.domain.ConflictException;
import org.bihuan.lifecycle.CaseDocuments;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 交办清单: the proposals assigned to one unit between two dates, each with the unit's role (lead, co-handling or
 * split) and the day of the assignment, for the committee to hand over and the unit to check. JSON and CSV; the
 * printed document is rendered elsewhere from the same lines.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentList {

    private final ProposalRecords proposals;
    private final Users users;
    private final WorkingDayCalendar calendar;
    private final CaseDocuments documents;
    private final Clock clock;

    AssignmentList(ProposalRecords proposals, Users users, WorkingDayCalendar calendar, CaseDocuments documents, Clock clock) {
        this.documents = documents;
        this.proposals = proposals;
        this.users = users;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * @param from first day (default: 1 January of this year), {@code to} last day (default: today), both included
     * @throws ForbiddenException to anyone but the committee, supervisors, administrators and the unit's own officials
     */
    public Sheet of(AppUser user, String unitCode, LocalDate from, LocalDate to) {
        List<Violation> violations = new ArrayList<>();
        Unit unit = null;
        if (unitCode == null || unitCode.isBlank()) {
            violations.add(new Violation("unit", "must name the unit"));
        } else {
            unit = users.unit(unitCode.strip()).orElse(null);
            if (unit == null) {
                violations.add(new Violation("unit", "is not a known unit"));
            }
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        LocalDate first = from == null ? today.withDayOfYear(1) : from;
        LocalDate last = to == null ? today : to;
        if (last.isBefore(first)) {
            violations.add(new Violation("to", "must not be before from"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        boolean seesAll = user.has(Role.COMMITTEE) || user.has(Role.SUPERVISOR) || user.has(Role.ADMIN);
        if (!seesAll && !(user.has(Role.UNIT) && unit.code().equals(user.unitCode()))) {
            throw new ForbiddenException("the assignment list of a unit is for the committee and the unit itself");
        }
        Instant start = first.atStartOfDay(calendar.zone()).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        List<Line> lines = proposals.assignedTo(unit.code(), start, end).stream()
                .map(l -> new Line(l.proposalNo(), l.title(), l.role(), l.status(), LocalDate.ofInstant(l.assignedAt(), calendar.zone())))
                .toList();
        return new Sheet(unit.code(), unit.name(), first, last, lines);
    }

    /**
     * The 交办清单 as an official document to the unit, numbered and announced to it: the committee (or a supervisor or
     * an administrator) issues it for a period, e.g. after assigning a batch.
     *
     * @throws ConflictException when nothing was assigned to the unit in the period
     */
    @Transactional
    public IssuedDocument issue(AppUser user, String unitCode, LocalDate from, LocalDate to) {
        if (!(user.has(Role.COMMITTEE) || user.has(Role.SUPERVISOR) || user.has(Role.ADMIN))) {
            throw new ForbiddenException("the committee issues assignment lists");
        }
        Sheet sheet = of(user, unitCode, from, to);
        if (sheet.items().isEmpty()) {
            throw new ConflictException("nothing was assigned to " + sheet.unit() + " from " + sheet.from() + " to " + sheet.to());
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < sheet.items().size(); i++) {
            Line line = sheet.items().get(i);
            lines.add((i + 1) + ". 第" + line.proposalNo() + "号提案《" + line.title() + "》，" + ROLES.getOrDefault(line.role(), line.role())
                    + "，" + line.assignedOn().getYear() + "年" + line.assignedOn().getMonthValue() + "月" + line.assignedOn().getDayOfMonth() + "日交办。");
        }
        return documents.toUnitAboutSeveralCases(sheet.unit(), "ASSIGNMENT_LIST", java.util.Map.of("from", sheet.from(), "to", sheet.to(),
                        "count", sheet.items().size(), "lines", String.join("\n", lines)),
                "assignment-list:" + sheet.unit() + ":" + sheet.from() + ":" + sheet.to() + ":" + clock.instant().toEpochMilli());
    }

    private static final java.util.Map<String, String> ROLES = java.util.Map.of("LEAD", "主办", "CO", "会办", "SPLIT", "分办");

    /** The list as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese right). */
    public static byte[] csv(Sheet sheet) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("proposalNo,title,role,status,assignedOn\r\n");
        for (Line line : sheet.items()) {
            csv.append(cell(line.proposalNo())).append(',').append(cell(line.title())).append(',').append(cell(line.role()))
                    .append(',').append(cell(line.status())).append(',').append(line.assignedOn()).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // a leading formula character is neutralised so a spreadsheet shows the title instead of running it
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** One unit's list: the unit, the period (days included) and its lines in the order of assignment. */
    public record Sheet(String unit, String unitName, LocalDate from, LocalDate to, List<Line> items) {
    }

    /** @param role LEAD (主办), CO (会办) or SPLIT (分办); {@code status} ASSIGNED, ACCEPTED or OBJECTED */
    public record Line(String proposalNo, String title, String role, String status, LocalDate assignedOn) {
    }
}
