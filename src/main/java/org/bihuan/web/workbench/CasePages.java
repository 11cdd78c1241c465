package org.bihuan.web.workbench;

import org.bihuan.casefile.CaseComments;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.CaseDetails;
import org.bihuan.lifecycle.CaseDiagram;
import org.bihuan.lifecycle.CaseDocuments;
import org.bihuan.lifecycle.CaseViews;
import org.bihuan.lifecycle.DocumentView;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Navigation;
import org.bihuan.web.PageForms;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;

/**
 * One case as an official may see it ({@link CaseViews}, the service of {@code GET /api/cases/{no}}, with its one
 * visibility rule: another unit's case is the 404 page): parties, every step's deadline and its state, the escalation
 * reached, evidence, history, replies, ratings, official documents, and the lifecycle's diagram with the current step highlighted
 * and the passed ones marked, drawn by bpmn-js ({@code static/js/workbench-diagram.js}) from
 * {@link CaseViews#diagram}, the service of {@code GET /api/cases/{no}/diagram}. The page's session cannot use the API
 * (HTTP Basic only, no session), so the page serves the same answers on its own paths: the diagram, the evidence, the
 * internal comments (the documents' files through org.bihuan.web.document.DocumentFiles).
 */
@Controller
class CasePages {

    static final String CASE = Navigation.CASES + "/{no}";

    private final CaseViews cases;
    private final CasePageParts parts;
    private final CaseComments comments;
    private final Users users;
    private final PageForms forms;
    private final DiagramWords diagramWords;
    private final CaseDocuments documents;

    CasePages(CaseViews cases, CasePageParts parts, CaseComments comments, Users users, PageForms forms, DiagramWords diagramWords,
              CaseDocuments documents) {
        this.diagramWords = diagramWords;
        this.documents = documents;
        this.cases = cases;
        this.parts = parts;
        this.comments = comments;
        this.users = users;
        this.forms = forms;
    }

    @GetMapping(CASE)
    String page(@PathVariable String no, Model model) {
        AppUser user = users.current();
        CaseDetails details = cases.details(user, no);
        parts.addCase(model, user, details);
        // the task page leaves them out: the case page is where an official reads and prints them
        model.addAttribute("documents", documents.of(user, details.caseNo()).stream().map(DocumentView::of).toList());
        return "workbench/case";
    }

    /**
     * The lifecycle's BPMN XML and the activities passed and current, as {@code GET /api/cases/{no}/diagram} answers, with
     * the drawn names in the page's language.
     */
    @GetMapping(CASE + "/diagram")
    @ResponseBody
    CaseDiagram diagram(@PathVariable String no) {
        return diagramWords.localized(cases.diagram(users.current(), no));
    }

    /** A piece of evidence: shown in the browser ({@code inline}) or saved. */
    @GetMapping(CASE + "/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String no, @PathVariable long id,
                                      @RequestParam(defaultValue = "false") boolean inline) {
        CaseViews.AttachmentFile file = cases.attachment(users.current(), no, id);
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.attachment().filename(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(file.content());
    }

    /**
     * Adds an internal comment (never shown to the filing party). From htmx the comments' section comes back with the
     * new one, or with the refusal next to the text; without script the page it came from is shown again.
     */
    @PostMapping(CASE + "/comments")
    String comment(@PathVariable String no, @RequestParam(required = false) String text,
                   @RequestHeader(name = "HX-Request", required = false) String htmx,
                   @RequestParam(required = false) String returnTo, Model model, RedirectAttributes redirect) {
        AppUser user = users.current();
        try {
            comments.add(user, no, text);
            model.addAttribute("commentText", "");
        } catch (InvalidRequestException refused) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            model.addAttribute("commentText", text);
            redirect.addFlashAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            redirect.addFlashAttribute("commentText", text);
        }
        if (htmx == null) {
            return "redirect:" + (returnTo != null && returnTo.startsWith(Navigation.WORKBENCH + "/") && !returnTo.contains("//")
                    ? returnTo : Navigation.CASES + "/" + no) + "#comments";
        }
        model.addAttribute("caseNo", no);
        model.addAttribute("comments", comments.list(user, no));
        model.addAttribute("returnTo", returnTo);
        return "workbench/case-parts :: comments";
    }
}
