package org.bihuan.complaint;

import jakarta.validation.Valid;
import org.bihuan.casefile.CasePage;
import org.bihuan.lifecycle.ExtensionRequest;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.casefile.Attachment;
import org.bihuan.identity.Users;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

    private final ComplaintService complaints;
    private final Users users;

    ComplaintController(ComplaintService complaints, Users users) {
        this.complaints = complaints;
        this.users = users;
    }

    @PostMapping
    ResponseEntity<ComplaintView.Submitted> submit(@Valid @RequestBody ComplaintRequest request) {
        ComplaintView.Submitted submitted = complaints.submit(users.current(), request);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{no}").buildAndExpand(submitted.trackingNo()).toUri();
        return ResponseEntity.created(location).body(submitted);
    }

    /** An intake clerk files what came by phone, e-mail, letter, in person or from a hotline. */
    @PostMapping("/on-behalf")
    ResponseEntity<ComplaintView.Submitted> fileOnBehalf(@Valid @RequestBody OnBehalfComplaintRequest request) {
        ComplaintView.Submitted submitted = complaints.fileOnBehalf(users.current(), request);
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/complaints/{no}")
                .buildAndExpand(submitted.trackingNo()).toUri();
        return ResponseEntity.created(location).body(submitted);
    }

    @GetMapping
    CasePage<ComplaintView.Summary> list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return complaints.list(users.current(), status, q, page, size);
    }

    @GetMapping("/{trackingNo}")
    ComplaintView get(@PathVariable String trackingNo) {
        return complaints.view(users.current(), trackingNo);
    }

    @PostMapping(path = "/{trackingNo}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attachment> attach(@PathVariable String trackingNo, @RequestPart(name = "file", required = false) MultipartFile file,
                                      @RequestParam(required = false) String kind) throws IOException {
        if (file == null) {
            throw new InvalidRequestException("file", "is required (multipart part named 'file')");
        }
        Attachment attachment = complaints.attach(users.current(), trackingNo, file.getOriginalFilename(), file.getBytes(),
                kind == null || kind.isBlank() ? null : kind.strip());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(attachment.id()).toUri();
        return ResponseEntity.created(location).body(attachment);
    }

    @GetMapping("/{trackingNo}/attachments")
    List<Attachment> attachments(@PathVariable String trackingNo) {
        return complaints.attachments(users.current(), trackingNo);
    }

    @GetMapping("/{trackingNo}/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String trackingNo, @PathVariable long id) {
        ComplaintService.Download download = complaints.download(users.current(), trackingNo, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.attachment().filename(), StandardCharsets.UTF_8).build().toString())
                .body(download.content());
    }

    @PostMapping("/{trackingNo}/evaluation")
    ResponseEntity<Void> evaluate(@PathVariable String trackingNo, @RequestBody(required = false) Map<String, Object> fields) {
        complaints.evaluate(users.current(), trackingNo, fields);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{trackingNo}/extension-requests")
    ResponseEntity<Void> requestExtension(@PathVariable String trackingNo, @Valid @RequestBody ExtensionRequest request) {
        complaints.requestExtension(users.current(), trackingNo, request);
        return ResponseEntity.accepted().build();
    }
}
