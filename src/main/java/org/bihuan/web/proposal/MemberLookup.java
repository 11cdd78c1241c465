package org.bihuan.web.proposal;

import org.bihuan.identity.AppUser;
import org.bihuan.proposal.MemberPortal;
import org.bihuan.proposal.ProposalView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The cosigner picker of the proposal form, as htmx fragments: members found by name ({@code GET /api/proposals/members}'s
 * service), and the list of chosen cosigners with one more added (each once, in the order chosen).
 */
@Controller
class MemberLookup {

    static final String PATH = "/portal/proposals/members";

    private final MemberPortal portal;
    private final PortalMember members;

    MemberLookup(MemberPortal portal, PortalMember members) {
        this.portal = portal;
        this.members = members;
    }

    @GetMapping(PATH)
    String found(@RequestParam(required = false) String q, Model model) {
        AppUser member = members.current();
        String words = q == null ? "" : q.strip();
        model.addAttribute("q", words);
        model.addAttribute("found", words.isEmpty() ? List.<ProposalView.MemberEntry>of() : portal.members(member, words));
        return "proposal/cosigners :: found";
    }

    @GetMapping(PATH + "/chosen")
    String chosen(@RequestParam(required = false) List<String> cosigners, @RequestParam(required = false) String add, Model model) {
        AppUser member = members.current();
        LinkedHashSet<String> names = new LinkedHashSet<>(cosigners == null ? List.of() : cosigners);
        if (add != null && !add.isBlank()) {
            names.add(add.strip());
        }
        model.addAttribute("chosen", members.named(member, new ArrayList<>(names)));
        return "proposal/cosigners :: chosen";
    }
}
