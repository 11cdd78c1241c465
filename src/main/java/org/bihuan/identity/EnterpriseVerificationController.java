package org.bihuan.identity;

import org.bihuan.domain.InvalidRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The identity check of enterprises (/api/identity/enterprises): intake clerks, supervisors and administrators. */
@RestController
@RequestMapping("/api/identity/enterprises")
class EnterpriseVerificationController {

    private final EnterpriseVerification verification;
    private final Users users;

    EnterpriseVerificationController(EnterpriseVerification verification, Users users) {
        this.verification = verification;
        this.users = users;
    }

    @GetMapping
    List<EnterpriseVerification.QueueEntry> queue(@RequestParam(defaultValue = "UNVERIFIED") String status) {
        return verification.queue(users.current(), status(status));
    }

    @GetMapping("/{creditCode}")
    EnterpriseVerification.QueueEntry entry(@PathVariable String creditCode) {
        return verification.entry(users.current(), creditCode);
    }

    @GetMapping("/{creditCode}/licence")
    ResponseEntity<byte[]> licence(@PathVariable String creditCode) {
        Licence.Download download = verification.licence(users.current(), creditCode);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.licence().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.licence().filename(), StandardCharsets.UTF_8).build().toString())
                .body(download.content());
    }

    @PostMapping("/{creditCode}/verification")
    EnterpriseVerification.QueueEntry decide(@PathVariable String creditCode,
                                             @RequestBody(required = false) VerificationDecision decision) {
        if (decision == null || decision.decision() == null) {
            throw new InvalidRequestException("decision", "is required: APPROVE or REFUSE");
        }
        return verification.decide(users.current(), creditCode, decision);
    }

    private static VerificationStatus status(String status) {
        return Arrays.stream(VerificationStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("status", "must be one of UNVERIFIED, VERIFIED, REFUSED"));
    }
}
