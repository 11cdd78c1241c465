package org.bihuan.proposal;

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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Who hears what about a proposal: its signers, its units, its supervising leader. */
@Component
class ProposalNotices {

    private final Notifications notifications;
    private final CaseFiles caseFiles;
    private final ProposalRecords proposals;
    private final Users users;
    private final WorkingDayCalendar calendar;

    ProposalNotices(Notifications notifications, CaseFiles caseFiles, ProposalRecords proposals, Users users, WorkingDayCalendar calendar) {
        this.notifications = notifications;
        this.caseFiles = caseFiles;
        this.proposals = proposals;
        this.users = users;
        this.calendar = calendar;
    }

    /** The initiator and every cosigner who confirmed (or, before cosigning ends, who was invited). */
    List<String> signers(String caseNo) {
        return proposals.signers(caseNo).stream()
                .filter(s -> !"DECLINED".equals(s.status()) && !"NO_ANSWER".equals(s.status()))
                .map(ProposalRecords.Signer::username).toList();
    }

    void toUsers(String caseNo, Collection<String> usernames, String template, Map<String, ?> params, String key) {
        List<Recipient> recipients = usernames.stream().distinct().map(users::find).flatMap(java.util.Optional::stream)
                .map(ProposalNotices::recipient).toList();
        notifications.send(template, withCase(caseFiles.get(caseNo), params), recipients, key);
    }

    void toUnit(String caseNo, String unitCode, String template, Map<String, ?> params, String key) {
        List<Recipient> officials = users.membersOfUnit(unitCode).stream().map(ProposalNotices::recipient).toList();
        notifications.send(template, withCase(caseFiles.get(caseNo), params), officials, key);
    }

    String time(Instant instant) {
        return Display.dateTime(instant, calendar.zone());
    }

    String displayName(String username) {
        return users.find(username).map(AppUser::displayName).orElse(username);
    }

    String unitName(String unitCode) {
        return users.unit(unitCode).map(org.bihuan.identity.Unit::name).filter(Objects::nonNull).orElse(unitCode);
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
