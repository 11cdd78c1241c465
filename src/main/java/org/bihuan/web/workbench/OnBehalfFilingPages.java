package org.bihuan.web.workbench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bihuan.calendar.DeadlineExpression;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.AttachmentLimits;
import org.bihuan.casefile.Attachments;
import org.bihuan.complaint.ComplaintPortal;
import org.bihuan.complaint.ComplaintView;
import org.bihuan.complaint.OnBehalfFiling;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.web.Downloads;
import org.bihuan.web.FormErrors;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.bihuan.web.complaint.ComplaintFields;
import org.bihuan.web.complaint.FileSizes;
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
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * 代为登记: an intake clerk files a complaint that came by phone, e-mail, letter, in person or from a hotline, through
 * {@link OnBehalfFiling} (the service, binding and validation of {@code POST /api/complaints/on-behalf}); the
 * complaint's inputs are the portal form's ({@code complaint/fields}) under the prefix {@code complaint.}. After
 * filing, the case's page here takes the scan of the signed promise (承诺书), which the case waits for.
 */
@Controller
class OnBehalfFilingPages {

    static final String NEW = "/workbench/complaints/new";
    static final String CASE = "/workbench/complaints/{no}";
    static final String PREFIX = "complaint.";
    /** The value a datetime-local input takes and shows: office time to the minute. */
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final OnBehalfFiling filing;
    private final ComplaintPortal complaints;
    private final Attachments attachments;
    private final Users users;
    private final PageForms forms;
    private final PageLabels labels;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    OnBehalfFilingPages(OnBehalfFiling filing, ComplaintPortal complaints, Attachments attachments, Users users, PageForms forms,
                        PageLabels labels, WorkingDayCalendar calendar, Clock clock) {
        this.filing = filing;
        this.complaints = complaints;
        this.attachments = attachments;
        this.users = users;
        this.forms = forms;
        this.labels = labels;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping(NEW)
    String form(Model model) {
        OnBehalfFiling.requireClerk(users.current());
        return show(JsonNodeFactory.instance.objectNode(), "", now(), model);
    }

    @PostMapping(NEW)
    String file(@RequestParam MultiValueMap<String, String> form, Model model) {
        AppUser clerk = users.current();
        OnBehalfFiling.requireClerk(clerk);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ComplaintFields.put(body, "channel", form.getFirst("channel"));
        ComplaintFields.put(body, "receivedAt", form.getFirst("receivedAt"));
        // the complaint and both parties exist, so that each of their fields is named when it is missing
        ObjectNode complaint = body.putObject("complaint");
        complaint.putObject("complainant");
        complaint.putObject("respondent");
        for (String field : ComplaintFields.NAMES) {
            ComplaintFields.put(body, PREFIX + field, form.getFirst(PREFIX + field));
        }
        try {
            ComplaintView.Submitted filed = filing.file(clerk, body);
            return "redirect:" + CASE.replace("{no}", filed.trackingNo()) + "?filed";
        } catch (InvalidRequestException refused) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            return show(body, text(form.getFirst("channel")), text(form.getFirst("receivedAt")), model);
        }
    }

    /** The filed case as the clerk follows it up: where it waits, and the form for the signed promise's scan. */
    @GetMapping(CASE)
    String filed(@PathVariable String no, Model model) {
        AppUser clerk = users.current();
        OnBehalfFiling.requireClerk(clerk);
        return showCase(clerk, no, model);
    }

    @PostMapping(path = CASE + "/promise", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String attachPromise(@PathVariable String no, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        AppUser clerk = users.current();
        OnBehalfFiling.requireClerk(clerk);
        try {
            if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
                throw new InvalidRequestException(List.of(new Violation("file", "must not be null")));
            }
            filing.attachPromise(clerk, no, file.getOriginalFilename(), file.getBytes());
        } catch (InvalidRequestException refused) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            return showCase(clerk, no, model);
        }
        return "redirect:" + CASE.replace("{no}", no) + "?attached";
    }

    @GetMapping(CASE + "/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String no, @PathVariable long id) {
        ComplaintPortal.Download download = complaints.download(users.current(), no, id);
        return Downloads.attachment(download.attachment().filename(), download.attachment().contentType(), download.content());
    }

    private String show(ObjectNode body, String channel, String receivedAt, Model model) {
        model.addAttribute("values", ComplaintFields.values(body, PREFIX));
        model.addAllAttributes(ComplaintFields.options(labels));
        model.addAttribute("channel", channel);
        model.addAttribute("receivedAt", receivedAt);
        model.addAttribute("latestReceipt", now());
        model.addAttribute("channelOptions", labels.withBlank("form.choose",
                labels.options("workbench.onbehalf.channel", OnBehalfFiling.CHANNELS)));
        model.addAttribute("backdateLimit", limitInWords(filing.backdateWithoutConfirmation()));
        return "workbench/on-behalf";
    }

    private String showCase(AppUser clerk, String no, Model model) {
        ComplaintView complaint = complaints.view(clerk, no);
        AttachmentLimits limits = attachments.limits();
        model.addAttribute("complaint", complaint);
        model.addAttribute("attachments", complaints.attachments(clerk, no));
        model.addAttribute("backdateWaiting", "confirmBackdate".equals(complaint.currentStep()));
        model.addAttribute("enterpriseAccount", users.enterpriseWithCreditCode(complaint.complainant().creditCode()).orElse(null));
        model.addAttribute("maxFileSize", FileSizes.limit(limits.maxFileSizeBytes()));
        model.addAttribute("maxFileBytes", limits.maxFileSizeBytes());
        model.addAttribute("fileTypes", FileSizes.typeNames(limits.allowedContentTypes(), labels.message("list.separator")));
        model.addAttribute("accept", String.join(",", limits.allowedContentTypes()));
        return "workbench/on-behalf-case";
    }

    /** "2 working days", "3 days", "1 month" or the exact duration, in the page's language. */
    private String limitInWords(DeadlineExpression limit) {
        return switch (limit.unit()) {
            case WORKING_DAYS -> labels.message("workbench.onbehalf.limit.workingDays", limit.amount());
            case DAYS -> labels.message("workbench.onbehalf.limit.days", limit.amount());
            case MONTHS -> labels.message("workbench.onbehalf.limit.months", limit.amount());
            case DURATION -> limit.toString();
        };
    }

    private String now() {
        return LocalDateTime.ofInstant(clock.instant(), calendar.zone()).truncatedTo(ChronoUnit.MINUTES).format(MINUTES);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
