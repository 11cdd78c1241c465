package org.bihuan.web.proposal;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.proposal.MemberPortal;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Navigation;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * 联名邀请: the invitations to cosign that wait for the member's answer, and one proposal with the answer on the
 * same page (the lifecycle's cosign task, through {@link MemberPortal}).
 */
@Controller
class CosignPages {

    static final List<String> DECISIONS = List.of("CONFIRM", "DECLINE");

    private final MemberPortal portal;
    private final PortalMember members;
    private final PageForms forms;
    private final PageLabels labels;

    CosignPages(MemberPortal portal, PortalMember members, PageForms forms, PageLabels labels) {
        this.portal = portal;
        this.members = members;
        this.forms = forms;
        this.labels = labels;
    }

    @GetMapping(Navigation.COSIGN_REQUESTS)
    String requests(Model model) {
        model.addAttribute("requests", portal.cosignRequests(members.current()));
        return "proposal/cosign-requests";
    }

    @GetMapping(Navigation.COSIGN_REQUESTS + "/{proposalNo}")
    String request(@PathVariable String proposalNo, Model model) {
        return page(members.current(), proposalNo, null, null, model);
    }

    @PostMapping(Navigation.COSIGN_REQUESTS + "/{proposalNo}")
    String answer(@PathVariable String proposalNo, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        AppUser member = members.current();
        try {
            portal.answerCosign(member, proposalNo, decision, note);
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            return page(member, proposalNo, decision, note, model);
        }
        redirect.addFlashAttribute("answered", proposalNo);
        redirect.addFlashAttribute("answer", decision);
        return "redirect:" + Navigation.COSIGN_REQUESTS;
    }

    private String page(AppUser member, String proposalNo, String decision, String note, Model model) {
        model.addAttribute("proposal", portal.view(member, proposalNo));
        model.addAttribute("request", portal.cosignRequest(member, proposalNo).orElse(null));
        model.addAttribute("decisionOptions", labels.options("choice.cosign.decision", DECISIONS));
        model.addAttribute("decision", decision);
        model.addAttribute("note", note);
        return "proposal/cosign";
    }
}
