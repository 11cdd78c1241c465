package org.bihuan.web.complaint;

import org.bihuan.casefile.CasePage;
import org.bihuan.casefile.CaseType;
import org.bihuan.lifecycle.CaseDocuments;
import org.bihuan.lifecycle.DocumentView;
import org.bihuan.lifecycle.StatusVocabulary;
import org.bihuan.casefile.TimelineEvent;
import org.bihuan.complaint.ComplaintPortal;
import org.bihuan.complaint.ComplaintView;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.StatusVocabulary;
import org.bihuan.web.Downloads;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Navigation;
import org.bihuan.web.Option;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.bihuan.web.Pager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 我的投诉: the enterprise's complaints, a page at a time; each case on one page with what the enterprise must do
 * now as a form (answer a 补正 request, rate the result); the receipt after filing. Everything goes through
 * {@link ComplaintPortal}, the API's service: another enterprise's case is the 404 page, a refused form shows the
 * rules' reasons next to its fields and keeps what was typed.
 */
@Controller
class MyComplaintsPages {

    static final String CASE = Navigation.MY_COMPLAINTS + "/{no}";
    /** The satisfaction levels of the evaluate form, in the order they are offered. */
    static final List<String> SATISFACTION_LEVELS = List.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED");

    private final ComplaintPortal complaints;
    private final Users users;
    private final PageForms forms;
    private final PageLabels labels;
    private final StatusVocabulary vocabulary;
    private final CaseDocuments documents;
    private final int pageSize;

    MyComplaintsPages(ComplaintPortal complaints, Users users, PageForms forms, PageLabels labels, StatusVocabulary vocabulary,
                      CaseDocuments documents, @Value("${bihuan.web.portal-page-size:10}") int pageSize) {
        this.documents = documents;
        this.vocabulary = vocabulary;
        this.complaints = complaints;
        this.users = users;
        this.forms = forms;
        this.labels = labels;
        this.pageSize = pageSize;
    }

    @GetMapping(Navigation.MY_COMPLAINTS)
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        CasePage<ComplaintView.Summary> mine = complaints.list(users.current(), Math.max(0, page), pageSize);
        model.addAttribute("complaints", mine.items());
        model.addAttribute("pager", Pager.of(mine, Navigation.MY_COMPLAINTS, Map.of()));
        return "complaint/list";
    }

    @GetMapping(CASE)
    String page(@PathVariable String no, Model model) {
        return show(users.current(), no, Map.of(), model);
    }

    @GetMapping(CASE + "/receipt")
    String receipt(@PathVariable String no, Model model) {
        ComplaintView complaint = complaints.view(users.current(), no);
        model.addAttribute("complaint", complaint);
        model.addAttribute("acceptDeadline", complaint.deadlines().getOrDefault("acceptReview", complaint.currentDue()));
        return "complaint/receipt";
    }

    @GetMapping(CASE + "/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String no, @PathVariable long id) {
        ComplaintPortal.Download download = complaints.download(users.current(), no, id);
        return Downloads.attachment(download.attachment().filename(), download.attachment().contentType(), download.content());
    }

    /** The answer to a 补正 request: a note and the new evidence, kept together or not at all. */
    @PostMapping(path = CASE + "/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String supplement(@PathVariable String no, @RequestParam(required = false) String note,
                      @RequestParam(name = "file", required = false) List<MultipartFile> files, Model model) throws IOException {
        AppUser user = users.current();
        List<ComplaintPortal.NewFile> chosen = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())) {
                chosen.add(new ComplaintPortal.NewFile(file.getOriginalFilename(), file.getBytes()));
            }
        }
        try {
            complaints.supplement(user, no, note, chosen);
        } catch (InvalidRequestException refused) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            return show(user, no, Map.of("note", note == null ? "" : note), model);
        }
        return "redirect:" + Navigation.MY_COMPLAINTS + "/" + no + "?done=supplement";
    }

    @PostMapping(CASE + "/evaluation")
    String evaluate(@PathVariable String no, @RequestParam(required = false) String satisfaction,
                    @RequestParam(required = false) String comment, Model model) {
        AppUser user = users.current();
        Map<String, Object> fields = new LinkedHashMap<>();
        if (satisfaction != null && !satisfaction.isBlank()) {
            fields.put("satisfaction", satisfaction);
        }
        if (comment != null && !comment.isBlank()) {
            fields.put("comment", comment);
        }
        try {
            complaints.evaluate(user, no, fields);
        } catch (InvalidRequestException refused) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            return show(user, no, Map.of("satisfaction", satisfaction == null ? "" : satisfaction,
                    "comment", comment == null ? "" : comment), model);
        }
        return "redirect:" + Navigation.MY_COMPLAINTS + "/" + no + "?done=evaluate";
    }

    private String show(AppUser user, String no, Map<String, String> typed, Model model) {
        ComplaintView complaint = complaints.view(user, no);
        Set<String> waiting = complaints.stepsWaitingFor(user, no);
        model.addAttribute("complaint", complaint);
        model.addAttribute("attachments", complaints.attachments(user, no));
        model.addAttribute("documents", documents.of(user, no).stream().map(DocumentView::of).toList());
        model.addAttribute("timeline", complaint.timeline().stream().map(this::entry).toList());
        model.addAttribute("waiting", waiting);
        model.addAttribute("supplementRequest", waiting.contains(ComplaintPortal.SUPPLEMENT)
                ? complaints.supplementRequest(user, no).orElse(null) : null);
        model.addAttribute("satisfactionOptions", SATISFACTION_LEVELS.stream()
                .map(level -> new Option(level, labels.choice("evaluate", "satisfaction", level))).toList());
        model.addAttribute("typed", typed);
        return "complaint/case";
    }

    /**
     * A timeline entry in plain words: what happened by its label, never its code; of the entry's note only what the
     * enterprise itself wrote or named (a file's name) or a status, labelled. The other notes are the office's
     * working words and stay on the officials' pages.
     */
    private Entry entry(TimelineEvent event) {
        String type = event.type();
        String what;
        String detail = null;
        if ("STATUS".equals(type)) {
            what = labels.message("timeline.STATUS", labels.status("COMPLAINT", event.note()));
        } else if (vocabulary.userTaskKeys(CaseType.COMPLAINT).contains(type)) {
            what = labels.message("timeline.step", labels.step("COMPLAINT", type));
        } else {
            String label = labels.of("timeline", type);
            what = label.equals(type) ? labels.message("timeline.other") : label;
            if ("ATTACHMENT".equals(type)) {
                detail = event.note();
            }
        }
        return new Entry(event.at(), what, detail);
    }

    /** One line of the case's history as the page shows it. */
    public record Entry(Instant at, String what, String detail) {
    }
}
