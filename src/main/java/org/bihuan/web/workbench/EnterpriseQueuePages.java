package org.bihuan.web.workbench;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.EnterpriseVerification;
import org.bihuan.identity.Licence;
import org.bihuan.identity.Users;
import org.bihuan.identity.VerificationDecision;
import org.bihuan.identity.VerificationStatus;
import org.bihuan.web.Downloads;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Option;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * 身份核验: the new enterprise accounts waiting for an intake clerk to compare their business licence with the credit
 * code, each on a page of its own with the licence (shown in the browser or downloaded) and the decision, through
 * {@link EnterpriseVerification}, the service of {@code /api/identity/enterprises}: intake clerks, supervisors and
 * administrators; anyone else gets the 403 page from it.
 */
@Controller
class EnterpriseQueuePages {

    static final String QUEUE = "/workbench/enterprises";
    static final String ENTRY = QUEUE + "/{creditCode}";

    private final EnterpriseVerification verification;
    private final Users users;
    private final PageForms forms;
    private final PageLabels labels;

    EnterpriseQueuePages(EnterpriseVerification verification, Users users, PageForms forms, PageLabels labels) {
        this.verification = verification;
        this.users = users;
        this.forms = forms;
        this.labels = labels;
    }

    @GetMapping(QUEUE)
    String queue(@RequestParam(defaultValue = "UNVERIFIED") String status, Model model) {
        VerificationStatus shown = Arrays.stream(VerificationStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("status", "must be one of UNVERIFIED, VERIFIED, REFUSED"));
        model.addAttribute("status", shown);
        model.addAttribute("statuses", List.of(VerificationStatus.values()));
        model.addAttribute("entries", verification.queue(users.current(), shown));
        return "workbench/enterprises";
    }

    @GetMapping(ENTRY)
    String entry(@PathVariable String creditCode, Model model) {
        return show(users.current(), creditCode, Map.of(), model);
    }

    @PostMapping(ENTRY + "/verification")
    String decide(@PathVariable String creditCode, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, Model model) {
        AppUser official = users.current();
        try {
            VerificationDecision.Decision chosen = Arrays.stream(VerificationDecision.Decision.values())
                    .filter(d -> d.name().equals(decision)).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("decision", "is required: APPROVE or REFUSE"));
            verification.decide(official, creditCode, new VerificationDecision(chosen, reason));
        } catch (InvalidRequestException refused) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(refused));
            return show(official, creditCode, Map.of("decision", text(decision), "reason", text(reason)), model);
        }
        return "redirect:" + QUEUE + "/" + creditCode + "?decided";
    }

    /** The licence scan: shown in the browser (PDF, JPEG and PNG are what the sign-up accepts), or downloaded. */
    @GetMapping(ENTRY + "/licence")
    ResponseEntity<byte[]> licence(@PathVariable String creditCode, @RequestParam(defaultValue = "false") boolean download) {
        Licence.Download licence = verification.licence(users.current(), creditCode);
        Licence scan = licence.licence();
        return download ? Downloads.attachment(scan.filename(), scan.contentType(), licence.content())
                : Downloads.inline(scan.filename(), scan.contentType(), licence.content());
    }

    private String show(AppUser official, String creditCode, Map<String, String> typed, Model model) {
        EnterpriseVerification.QueueEntry entry = verification.entry(official, creditCode);
        model.addAttribute("entry", entry);
        model.addAttribute("typed", typed);
        model.addAttribute("licenceIsImage", entry.licence() != null && entry.licence().contentType().startsWith("image/"));
        model.addAttribute("decisionOptions", Arrays.stream(VerificationDecision.Decision.values())
                .map(d -> new Option(d.name(), labels.of("workbench.enterprises.decision", d))).toList());
        return "workbench/enterprise";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
