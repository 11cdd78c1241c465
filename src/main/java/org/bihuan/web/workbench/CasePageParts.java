package org.bihuan.web.workbench;

import org.bihuan.casefile.CaseComments;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.CaseDetails;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the task page and the case page both show of a case, put in the model once for the shared fragments
 * ({@code templates/workbench/case-parts.html}): the case ({@code details}, with the lifecycle's own view as
 * {@code lifecycle}), its history in words, and the officials' internal comments.
 */
@Component
class CasePageParts {

    private final OfficialTimeline timeline;
    private final CaseComments comments;
    private final Users users;

    CasePageParts(OfficialTimeline timeline, CaseComments comments, Users users) {
        this.timeline = timeline;
        this.comments = comments;
        this.users = users;
    }

    void addCase(Model model, AppUser user, CaseDetails details) {
        model.addAttribute("details", details);
        model.addAttribute("caseNo", details.caseNo());
        model.addAttribute("lifecycle", details.lifecycle());
        model.addAttribute("timeline", timeline.of(details.caseType(), details.caseNo(), details.timeline()));
        model.addAttribute("comments", comments.list(user, details.caseNo()));
        model.addAttribute("unitNames", users.units().stream().collect(Collectors.toMap(Unit::code, Unit::name)));
        model.addAttribute("replies", details.replies().stream().map(r -> answered(details, r)).toList());
        model.addAttribute("ratings", details.ratings().stream().map(r -> answered(details, r)).toList());
    }

    private Answered answered(CaseDetails details, CaseDetails.Submitted submitted) {
        return new Answered(submitted.step(), submitted.at(),
                users.find(submitted.actor()).map(AppUser::displayName).orElse(submitted.actor()),
                timeline.answers(details.caseType(), submitted.step(), submitted.data()));
    }

    /** A reply or a rating: its step, when and by whom, its answers in the form's words. */
    record Answered(String step, Instant at, String actorName, List<OfficialTimeline.Field> answers) {
    }
}
