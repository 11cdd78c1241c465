package org.bihuan.proposal;

import jakarta.validation.Valid;
import org.bihuan.casefile.CasePage;
import org.bihuan.lifecycle.ExtensionRequest;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.DocumentView;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/proposals")
class ProposalController {

    private final ProposalService proposals;
    private final ReplyLetter replyLetter;
    private final Users users;
    private final AssignmentList assignmentList;

    ProposalController(ProposalService proposals, ReplyLetter replyLetter, Users users, AssignmentList assignmentList) {
        this.assignmentList = assignmentList;
        this.proposals = proposals;
        this.replyLetter = replyLetter;
        this.users = users;
    }

    @PostMapping
    ResponseEntity<ProposalView.Submitted> submit(@Valid @RequestBody ProposalRequest request) {
        ProposalView.Submitted submitted = proposals.submit(users.current(), request);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{no}").buildAndExpand(submitted.proposalNo()).toUri();
        return ResponseEntity.created(location).body(submitted);
    }

    @GetMapping
    CasePage<ProposalView.Summary> list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                           @RequestParam(required = false) Integer year, @RequestParam(required = false) Boolean key,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return proposals.list(users.current(), status, q, year, key, page, size);
    }

    /** Public: replies marked publishable, without anyone's contact details; optionally searched like the public page. */
    @GetMapping("/published")
    List<PublishedReply> published(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
                                   @RequestParam(required = false) String category) {
        return proposals.published(q, year, category);
    }

    /** MEMBER, COMMITTEE: members by username or name (username and display name only), for choosing cosigners. */
    @GetMapping("/members")
    List<ProposalView.MemberEntry> members(@RequestParam(required = false) String q) {
        return proposals.members(users.current(), q);
    }

    /** The caller's invitations to cosign that wait for an answer. */
    @GetMapping("/cosign-requests")
    List<ProposalView.CosignRequest> cosignRequests() {
        return proposals.cosignRequests(users.current());
    }

    /** {@code {decision: CONFIRM | DECLINE, note}}; 409 when the caller has no open invitation on this proposal. */
    @PostMapping("/{proposalNo}/cosign")
    ResponseEntity<Void> cosign(@PathVariable String proposalNo, @RequestBody(required = false) Map<String, Object> fields) {
        proposals.answerCosign(users.current(), proposalNo, fields);
        return ResponseEntity.noContent().build();
    }

    /** 交办清单 of a unit: the proposals assigned to it between two dates, as JSON. */
    @GetMapping("/assignment-list")
    AssignmentList.Sheet assignmentList(@RequestParam(required = false) String unit, @RequestParam(required = false) LocalDate from,
                                        @RequestParam(required = false) LocalDate to) {
        return assignmentList.of(users.current(), unit, from, to);
    }

    /** 交办清单 as an official document to the unit (committee): 201 with the document and its files. */
    @PostMapping("/assignment-list/documents")
    ResponseEntity<DocumentView> issueAssignmentList(@RequestBody(required = false) AssignmentListRequest request) {
        AssignmentListRequest r = request == null ? new AssignmentListRequest(null, null, null) : request;
        DocumentView issued = DocumentView.of(assignmentList.issue(users.current(), r.unit(), r.from(), r.to()));
        return ResponseEntity.created(java.net.URI.create(issued.pdf())).body(issued);
    }

    record AssignmentListRequest(String unit, LocalDate from, LocalDate to) {
    }

    @GetMapping("/assignment-list.csv")
    ResponseEntity<byte[]> assignmentListCsv(@RequestParam(required = false) String unit, @RequestParam(required = false) LocalDate from,
                                             @RequestParam(required = false) LocalDate to) {
        AssignmentList.Sheet sheet = assignmentList.of(users.current(), unit, from, to);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("assignment-list-" + sheet.unit() + "-" + sheet.from() + "-" + sheet.to() + ".csv", StandardCharsets.UTF_8)
                        .build().toString())
                .body(AssignmentList.csv(sheet));
    }

    @GetMapping("/{proposalNo}")
    ProposalView get(@PathVariable String proposalNo) {
        return proposals.view(users.current(), proposalNo);
    }

    /** 答复函 of the lead unit, as PDF (Chinese font embedded). */
    @GetMapping("/{proposalNo}/reply.pdf")
    ResponseEntity<byte[]> replyLetter(@PathVariable String proposalNo) {
        proposals.visibleCase(users.current(), proposalNo);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(proposalNo + "-答复函.pdf", StandardCharsets.UTF_8).build().toString())
                .body(replyLetter.render(proposalNo));
    }

    @PostMapping("/{proposalNo}/extension-requests")
    ResponseEntity<Void> requestExtension(@PathVariable String proposalNo, @Valid @RequestBody ExtensionRequest request) {
        proposals.requestExtension(users.current(), proposalNo, request);
        return ResponseEntity.accepted().build();
    }
}
