package org.bihuan.web.complaint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.bihuan.casefile.CaseDrafts;
import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.Draft;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.Drafts;
import org.bihuan.web.Downloads;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Navigation;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 我要投诉: the complaint form in steps, kept as the account's server-side draft (the kernel's {@link Drafts}), so it
 * opens on any device until it is filed or {@code bihuan.drafts.retention} passes without a change. Each step saves
 * what it asks for; the last one files the draft exactly as {@code POST /api/portal/drafts/{id}/submit} does. What
 * the rules refuse is remembered for the session and shown next to each field on the step that asks for it, until
 * that step is saved again; the typed values stay in the draft.
 */
@Controller
class ComplaintWizard {

    static final String PATH = Navigation.NEW_COMPLAINT;
    /** Session attribute prefix: the last filing's refusals of a draft, by draft id. */
    static final String REFUSALS = ComplaintWizard.class.getName() + ".refusals.";

    private final Drafts drafts;
    private final Users users;
    private final PageForms forms;
    private final PageLabels labels;

    ComplaintWizard(Drafts drafts, Users users, PageForms forms, PageLabels labels) {
        this.drafts = drafts;
        this.users = users;
        this.forms = forms;
        this.labels = labels;
    }

    @GetMapping(PATH)
    String step(@RequestParam(required = false) String step, HttpSession session, Model model) {
        AppUser user = users.current();
        Draft draft = currentDraft(user);
        WizardStep shown = step == null ? WizardStep.first() : WizardStep.bySlug(step).orElseThrow(() -> new NotFoundException("no step " + step));
        return show(draft, shown, refusals(session, draft), List.of(), model);
    }

    /** Saves the step's fields into the draft, then goes on, back, or (on the last step) files the complaint. */
    @PostMapping(PATH)
    String save(@RequestParam String step, @RequestParam(defaultValue = "next") String action,
                @RequestParam MultiValueMap<String, String> form, HttpSession session) {
        AppUser user = users.current();
        Draft draft = currentDraft(user);
        WizardStep saved = WizardStep.bySlug(step).orElseThrow(() -> new InvalidRequestException("step", "is not a step of the form"));
        ObjectNode data = draft.data().deepCopy();
        // both parties exist, so that each of their fields is named when it is missing, not the party as a whole
        for (String party : List.of("complainant", "respondent")) {
            if (!(data.get(party) instanceof ObjectNode)) {
                data.putObject(party);
            }
        }
        for (String field : saved.dataFields()) {
            ComplaintFields.put(data, field, form.getFirst(field));
        }
        drafts.update(user, draft.id(), data);
        forget(session, draft, saved);
        return switch (action) {
            case "back" -> redirect(saved.previous().orElse(saved));
            case "submit" -> submit(user, draft, session);
            default -> redirect(saved.next().orElse(saved));
        };
    }

    private String submit(AppUser user, Draft draft, HttpSession session) {
        try {
            Drafts.Submitted submitted = drafts.submit(user, draft.id());
            session.removeAttribute(REFUSALS + draft.id());
            return "redirect:" + Navigation.MY_COMPLAINTS + "/" + submitted.caseNo() + "/receipt";
        } catch (InvalidRequestException refused) {
            session.setAttribute(REFUSALS + draft.id(), new ArrayList<>(refused.violations()));
            WizardStep first = refused.violations().stream().map(v -> WizardStep.of(v.field())).min(Enum::compareTo)
                    .orElse(WizardStep.DECLARATION);
            return redirect(first);
        }
    }

    /** Adds the chosen files to the draft; each is checked as evidence is. An htmx request gets the file list back. */
    @PostMapping(path = PATH + "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@RequestParam(name = "file", required = false) List<MultipartFile> files, HttpServletRequest request,
                  HttpSession session, Model model) throws IOException {
        AppUser user = users.current();
        Draft draft = currentDraft(user);
        List<Violation> refused = new ArrayList<>();
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty() || !blank(f.getOriginalFilename())).toList();
        if (chosen.isEmpty()) {
            refused.add(new Violation("file", forms.translate("must not be null")));
        }
        for (MultipartFile file : chosen) {
            try {
                drafts.addFile(user, draft.id(), file.getOriginalFilename(), file.getBytes());
            } catch (InvalidRequestException rejected) {
                rejected.violations().forEach(v -> refused.add(new Violation("file",
                        labels.message("wizard.evidence.refused", file.getOriginalFilename(), forms.translate(v.message())))));
            }
        }
        if (isHtmx(request)) {
            fileListModel(drafts.get(user, draft.id()), model);
            model.addAttribute(FormErrors.ATTRIBUTE, refused.isEmpty() ? FormErrors.NONE : forms.errors(new InvalidRequestException(refused)));
            return "complaint/wizard-parts :: evidence";
        }
        if (refused.isEmpty()) {
            return redirect(WizardStep.EVIDENCE);
        }
        return show(drafts.get(user, draft.id()), WizardStep.EVIDENCE, refusals(session, draft), refused, model);
    }

    @PostMapping(PATH + "/files/{fileId}/delete")
    String removeFile(@PathVariable long fileId, HttpServletRequest request, Model model) {
        AppUser user = users.current();
        Draft draft = currentDraft(user);
        drafts.removeFile(user, draft.id(), fileId);
        if (isHtmx(request)) {
            fileListModel(drafts.get(user, draft.id()), model);
            return "complaint/wizard-parts :: evidence";
        }
        return redirect(WizardStep.EVIDENCE);
    }

    @GetMapping(PATH + "/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long fileId) {
        AppUser user = users.current();
        CaseDrafts.FileContent file = drafts.file(user, currentDraft(user).id(), fileId);
        return Downloads.attachment(file.file().filename(), file.file().contentType(), file.content());
    }

    /** Throws the draft away with its files; the form starts again from what the account knows. */
    @PostMapping(PATH + "/discard")
    String discard(HttpSession session) {
        AppUser user = users.current();
        Draft draft = currentDraft(user);
        drafts.delete(user, draft.id());
        session.removeAttribute(REFUSALS + draft.id());
        return "redirect:" + PATH;
    }

    private String show(Draft draft, WizardStep step, List<Violation> refusals, List<Violation> alsoRefused, Model model) {
        List<Violation> here = new ArrayList<>(refusals.stream().filter(v -> WizardStep.of(v.field()) == step).toList());
        here.addAll(alsoRefused);
        Set<WizardStep> needingCorrection = EnumSet.noneOf(WizardStep.class);
        refusals.forEach(v -> needingCorrection.add(WizardStep.of(v.field())));
        needingCorrection.remove(step);
        if (!here.isEmpty()) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(new InvalidRequestException(here)));
        }
        model.addAttribute("step", step);
        model.addAttribute("steps", Arrays.asList(WizardStep.values()));
        model.addAttribute("stepsToCorrect", List.copyOf(needingCorrection));
        model.addAttribute("values", ComplaintFields.values(draft.data(), ""));
        model.addAllAttributes(ComplaintFields.options(labels));
        fileListModel(draft, model);
        return "complaint/wizard";
    }

    private void fileListModel(Draft draft, Model model) {
        Drafts.Limits limits = drafts.limits();
        model.addAttribute("draft", draft);
        model.addAttribute("limits", limits);
        model.addAttribute("maxFileSize", FileSizes.limit(limits.maxFileSizeBytes()));
        model.addAttribute("fileTypes", FileSizes.typeNames(limits.allowedContentTypes(), labels.message("list.separator")));
        model.addAttribute("accept", String.join(",", limits.allowedContentTypes()));
    }

    /** The user's complaint draft being written, or a new one filled with what the account knows. */
    private Draft currentDraft(AppUser user) {
        List<Draft> existing = drafts.list(user, CaseType.COMPLAINT);
        return existing.isEmpty() ? drafts.create(user, CaseType.COMPLAINT, null) : existing.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Violation> refusals(HttpSession session, Draft draft) {
        Object stored = session.getAttribute(REFUSALS + draft.id());
        return stored instanceof List<?> list ? (List<Violation>) list : List.of();
    }

    /** A saved step's fields are checked again on the next filing: their old refusals no longer apply. */
    private static void forget(HttpSession session, Draft draft, WizardStep saved) {
        List<Violation> left = refusals(session, draft).stream().filter(v -> WizardStep.of(v.field()) != saved).toList();
        if (left.isEmpty()) {
            session.removeAttribute(REFUSALS + draft.id());
        } else {
            session.setAttribute(REFUSALS + draft.id(), new ArrayList<>(left));
        }
    }

    private static String redirect(WizardStep step) {
        return "redirect:" + PATH + "?step=" + step.slug();
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
