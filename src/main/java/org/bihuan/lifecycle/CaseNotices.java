package org.bihuan.lifecycle;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.Display;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.bihuan.notification.Notifications;
import org.bihuan.notification.Recipient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who hears what about a case, for every case type: the filing party through the contacts its lifecycle
 * names, people by account, a unit through its officials. Every notice carries the case number and title and
 * is keyed by the step that sends it, so a retried step does not notify twice.
 */
@Component
public class CaseNotices {

    private final Notifications notifications;
    private final CaseFiles caseFiles;
    private final Lifecycles lifecycles;
    private final Users users;
    private final WorkingDayCalendar calendar;

    CaseNotices(Notifications notifications, CaseFiles caseFiles, Lifecycles lifecycles, Users users, WorkingDayCalendar calendar) {
        this.notifications = notifications;
        this.caseFiles = caseFiles;
        this.lifecycles = lifecycles;
        this.users = users;
        this.calendar = calendar;
    }

    /** To the party that filed the case (the complainant, the proposers). */
    public void toParty(String caseNo, String template, Map<String, ?> params, String idempotencyKey) {
        CaseFile file = caseFiles.get(caseNo);
        notifications.send(template, withCase(file, params), lifecycles.of(file.caseType()).parties(caseNo), idempotencyKey);
    }

    public void toUsers(String caseNo, Collection<String> usernames, String template, Map<String, ?> params, String idempotencyKey) {
        List<Recipient> recipients = usernames.stream().distinct().map(users::find).flatMap(Optional::stream)
                .map(CaseNotices::recipient).toList();
        notifications.send(template, withCase(caseFiles.get(caseNo), params), recipients, idempotencyKey);
    }

    public void toUnit(String caseNo, String unitCode, String template, Map<String, ?> params, String idempotencyKey) {
        List<Recipient> officials = users.membersOfUnit(unitCode).stream().map(CaseNotices::recipient).toList();
        notifications.send(template, withCase(caseFiles.get(caseNo), params), officials, idempotencyKey);
    }

    /** An instant as notices and the timeline write it, in the office's zone. */
    public String time(Instant instant) {
        return Display.dateTime(instant, calendar.zone());
    }

    public String displayName(String username) {
        return users.find(username).map(AppUser::displayName).orElse(username);
    }

    public String unitName(String unitCode) {
        return unitCode == null ? "" : users.unit(unitCode).map(Unit::name).orElse(unitCode);
    }

    public static Recipient recipient(AppUser user) {
        return new Recipient(user.username(), user.displayName(), user.email(), user.phone());
    }

    private static Map<String, Object> withCase(CaseFile file, Map<String, ?> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("caseNo", file.caseNo());
        all.put("title", file.title());
        return all;
    }
}
