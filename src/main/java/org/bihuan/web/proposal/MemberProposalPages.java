package org.bihuan.web.proposal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.casefile.CasePage;
import org.bihuan.casefile.Draft;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.lifecycle.CaseDocuments;
import org.bihuan.lifecycle.DocumentView;
import org.bihuan.proposal.MemberPortal;
import org.bihuan.proposal.ProposalView;
import org.bihuan.proposal.PublishedReplies;
import org.bihuan.web.Downloads;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Navigation;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.bihuan.web.Pager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;

/**
 * The member's proposals: the form (filed at once or kept as a draft on the server), the receipt, the list with
 * status, units and reply, and a proposal's page with its timeline, units, reply, reply letter and — when it is due —
 * the evaluation form. Everything goes through {@link MemberPortal}, with the API's rules.
 */
@Controller
class MemberProposalPages {

    static final List<String> TYPES = List.of("INDIVIDUAL", "JOINT");
    static final List<String> SATISFACTION = List.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED");
    static final String DRAFTS = Navigation.MY_PROPOSALS + "/drafts";

    private final MemberPortal portal;
    private final PortalMember members;
    private final PageForms forms;
    private final PageLabels labels;
    private final ProposalTimeline timeline;
    private final PublishedReplies published;
    private final ObjectMapper json;
    private final CaseDocuments documents;
    private final int pageSize;

    MemberProposalPages(MemberPortal portal, PortalMember members, PageForms forms, PageLabels labels, ProposalTimeline timeline,
                        PublishedReplies published, ObjectMapper json, CaseDocuments documents,
                        @Value("${bihuan.web.my-proposals-page-size:20}") int pageSize) {
        this.documents = documents;
        this.portal = portal;
        this.members = members;
        this.forms = forms;
        this.labels = labels;
        this.timeline = timeline;
        this.published = published;
        this.json = json;
        this.pageSize = pageSize;
    }

    // the form

    @GetMapping(Navigation.NEW_PROPOSAL)
    String newProposal(Model model) {
        AppUser member = members.current();
        return form(member, new ProposalForm(), null, model);
    }

    @PostMapping(Navigation.NEW_PROPOSAL)
    String submit(@ModelAttribute("form") ProposalForm form, Model model) {
        AppUser member = members.current();
        try {
            return receipt(portal.submit(member, form.toJson(json)));
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            return form(member, form, null, model);
        }
    }

    @PostMapping(DRAFTS)
    String saveNewDraft(@ModelAttribute("form") ProposalForm form, RedirectAttributes redirect) {
        Draft draft = portal.saveDraft(members.current(), null, form.toJson(json));
        redirect.addFlashAttribute("draftSaved", true);
        return "redirect:" + DRAFTS + "/" + draft.id();
    }

    @GetMapping(DRAFTS + "/{id}")
    String draft(@PathVariable long id, Model model) {
        AppUser member = members.current();
        Draft draft = portal.draft(member, id);
        return form(member, ProposalForm.of(draft.data()), draft, model);
    }

    @PostMapping(DRAFTS + "/{id}")
    String saveDraft(@PathVariable long id, @ModelAttribute("form") ProposalForm form, RedirectAttributes redirect) {
        portal.saveDraft(members.current(), id, form.toJson(json));
        redirect.addFlashAttribute("draftSaved", true);
        return "redirect:" + DRAFTS + "/" + id;
    }

    @PostMapping(DRAFTS + "/{id}/submit")
    String submitDraft(@PathVariable long id, @ModelAttribute("form") ProposalForm form, Model model) {
        AppUser member = members.current();
        try {
            return receipt(portal.submitDraft(member, id, form.toJson(json)));
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            return form(member, form, portal.draft(member, id), model);
        }
    }

    private String form(AppUser member, ProposalForm form, Draft draft, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("draft", draft);
        model.addAttribute("drafts", portal.drafts(member));
        model.addAttribute("chosen", members.named(member, form.chosenCosigners()));
        model.addAttribute("typeOptions", labels.withBlank("proposalForm.chooseType", labels.options("proposalType", TYPES)));
        model.addAttribute("categories", published.categories());
        return "proposal/form";
    }

    private static String receipt(ProposalView.Submitted filed) {
        return "redirect:" + Navigation.MY_PROPOSALS + "/" + filed.proposalNo() + "/receipt";
    }

    @GetMapping(Navigation.MY_PROPOSALS + "/{proposalNo}/receipt")
    String receipt(@PathVariable String proposalNo, Model model) {
        model.addAttribute("proposal", portal.view(members.current(), proposalNo));
        return "proposal/receipt";
    }

    // the list and a proposal's page

    @GetMapping(Navigation.MY_PROPOSALS)
    String mine(@RequestParam(defaultValue = "0") int page, Model model) {
        AppUser member = members.current();
        CasePage<ProposalView.Summary> list = portal.mine(member, Math.max(0, page), pageSize);
        model.addAttribute("proposals", list.items());
        model.addAttribute("evaluationsDue", portal.evaluationsDue(member));
        model.addAttribute("pager", Pager.of(list, Navigation.MY_PROPOSALS, Map.of()));
        return "proposal/mine";
    }

    @GetMapping(Navigation.MY_PROPOSALS + "/{proposalNo}")
    String proposal(@PathVariable String proposalNo, Model model) {
        AppUser member = members.current();
        return proposalPage(member, proposalNo, null, null, model);
    }

    @PostMapping(Navigation.MY_PROPOSALS + "/{proposalNo}/evaluation")
    String evaluate(@PathVariable String proposalNo, @RequestParam(required = false) String satisfaction,
                    @RequestParam(required = false) String comment, Model model, RedirectAttributes redirect) {
        AppUser member = members.current();
        try {
            portal.evaluate(member, proposalNo, satisfaction, comment);
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            return proposalPage(member, proposalNo, satisfaction, comment, model);
        }
        redirect.addFlashAttribute("evaluated", true);
        return "redirect:" + Navigation.MY_PROPOSALS + "/" + proposalNo;
    }

    private String proposalPage(AppUser member, String proposalNo, String satisfaction, String comment, Model model) {
        ProposalView proposal = portal.view(member, proposalNo);
        model.addAttribute("proposal", proposal);
        model.addAttribute("timeline", timeline.lines(proposal.timeline()));
        model.addAttribute("letterAvailable", proposal.repliedAt() != null && proposal.replyText() != null);
        model.addAttribute("documents", documents.of(member, proposalNo).stream().map(DocumentView::of).toList());
        model.addAttribute("evaluationDue", portal.evaluationDue(member, proposalNo));
        model.addAttribute("cosignOpen", portal.cosignRequest(member, proposalNo).isPresent());
        model.addAttribute("satisfactionOptions", labels.options("satisfaction", SATISFACTION));
        model.addAttribute("satisfaction", satisfaction);
        model.addAttribute("comment", comment);
        return "proposal/proposal";
    }

    /**
     * The reply letter for the page session: the API's {@code GET /api/proposals/{no}/reply.pdf} takes HTTP Basic
     * only (its chain keeps no session), so the page links here, which renders the same letter.
     */
    @GetMapping(Navigation.MY_PROPOSALS + "/{proposalNo}/reply.pdf")
    ResponseEntity<byte[]> replyLetter(@PathVariable String proposalNo) {
        byte[] pdf = portal.replyLetter(members.current(), proposalNo);
        return Downloads.inline(proposalNo + "-reply.pdf", MediaType.APPLICATION_PDF, pdf);
    }
}
