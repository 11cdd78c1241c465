package org.bihuan.web.dashboard;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.proposal.KeyProposals;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Navigation;
import org.bihuan.web.PageForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * 领导领衔督办 ({@code /dashboard/key-proposals}): the key proposals a leader supervises (a supervisor sees all), and the
 * leader's 批示 on one, which goes to the lead unit and the timeline ({@link KeyProposals}).
 */
@Controller
class KeyProposalPages {

    private final KeyProposals keyProposals;
    private final Users users;
    private final PageForms forms;

    KeyProposalPages(KeyProposals keyProposals, Users users, PageForms forms) {
        this.keyProposals = keyProposals;
        this.users = users;
        this.forms = forms;
    }

    @GetMapping(Navigation.KEY_PROPOSALS)
    String list(@RequestParam(required = false) String done, Model model) {
        return show(users.current(), done, null, "", model);
    }

    @PostMapping(Navigation.KEY_PROPOSALS + "/{no}/instructions")
    String instruct(@PathVariable String no, @RequestParam(required = false) String note, Model model) {
        AppUser leader = users.current();
        try {
            keyProposals.instruct(leader, no, note);
        } catch (InvalidRequestException refused) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            return show(leader, null, no, note == null ? "" : note, model);
        }
        return "redirect:" + Navigation.KEY_PROPOSALS + "?done=" + no;
    }

    private String show(AppUser user, String done, String refusedFor, String typed, Model model) {
        model.addAttribute("proposals", keyProposals.supervisedBy(user));
        model.addAttribute("done", done);
        model.addAttribute("refusedFor", refusedFor);
        model.addAttribute("typed", Map.of("note", typed));
        model.addAttribute("noteMax", KeyProposals.NOTE_MAX_LENGTH);
        model.addAttribute("me", user.username());
        return "dashboard/key-proposals";
    }
}
