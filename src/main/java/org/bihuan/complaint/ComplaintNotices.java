package org.bihuan.complaint;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.Display;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.notification.Notifications;
import org.bihuan.notification.Recipient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who hears what about a complaint: the complainant through the contact it gave in the complaint, a unit
 * through its officials. Every notice is keyed by the step instance that sends it, so a retried step
 * does not notify twice.
 */
@Component
class ComplaintNotices {

    private final Notifications notifications;
    private final CaseFiles caseFiles;
    private final ComplaintRecords complaints;
    private final Users users;
    private final WorkingDayCalendar calendar;

    ComplaintNotices(Notifications notifications, CaseFiles caseFiles, ComplaintRecords complaints, Users users,
                     WorkingDayCalendar calendar) {
        this.notifications = notifications;
        this.caseFiles = caseFiles;
        this.complaints = complaints;
        this.users = users;
        this.calendar = calendar;
    }

    void toComplainant(String caseNo, String template, Map<String, ?> params, String idempotencyKey) {
        CaseFile file = caseFiles.get(caseNo);
        ComplaintRecord complaint = complaints.get(caseNo);
        var contact = complaint.complainant();
        Recipient recipient = new Recipient(file.ownerUsername(), contact.contactName(), contact.contactEmail(), contact.contactPhone());
        notifications.send(template, withCase(file, params), List.of(recipient), idempotencyKey);
    }

    void toUnit(String caseNo, String unitCode, String template, Map<String, ?> params, String idempotencyKey) {
        CaseFile file = caseFiles.get(caseNo);
        List<Recipient> officials = users.membersOfUnit(unitCode).stream().map(ComplaintNotices::recipient).toList();
        notifications.send(template, withCase(file, params), officials, idempotencyKey);
    }

    String time(Instant instant) {
        return Display.dateTime(instant, calendar.zone());
    }

    private static Map<String, Object> withCase(CaseFile file, Map<String, ?> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("caseNo", file.caseNo());
        all.put("title", file.title());
        return all;
    }

    private static Recipient recipient(AppUser user) {
        return new Recipient(user.username(), user.displayName(), user.email(), user.phone());
    }
}
