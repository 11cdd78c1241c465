package org.bihuan.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bihuan.casefile.CaseDrafts;
import org.bihuan.casefile.Draft;
import org.bihuan.casefile.DraftFile;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.Users;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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

/** A party's drafts of complaints and proposals: kept on the server, listed on any device, filed when ready. */
@RestController
@RequestMapping("/api/portal/drafts")
class DraftController {

    private final Drafts drafts;
    private final Users users;

    DraftController(Drafts drafts, Users users) {
        this.drafts = drafts;
        this.users = users;
    }

    @GetMapping("/limits")
    Drafts.Limits limits() {
        return drafts.limits();
    }

    @GetMapping
    List<Draft> list(@RequestParam(required = false) String type) {
        return drafts.list(users.current(), type == null || type.isBlank() ? null : drafts.draftableType(type));
    }

    @PostMapping
    ResponseEntity<Draft> create(@RequestParam(required = false) String type, @RequestBody(required = false) JsonNode data) {
        if (type == null || type.isBlank()) {
            throw new InvalidRequestException("type", "is required: COMPLAINT or PROPOSAL");
        }
        Draft draft = drafts.create(users.current(), drafts.draftableType(type), object(data));
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).path("/{id}").buildAndExpand(draft.id()).toUri();
        return ResponseEntity.created(location).body(draft);
    }

    @GetMapping("/{id}")
    Draft get(@PathVariable long id) {
        return drafts.get(users.current(), id);
    }

    @PutMapping("/{id}")
    Draft update(@PathVariable long id, @RequestBody(required = false) JsonNode data) {
        return drafts.update(users.current(), id, object(data));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        drafts.delete(users.current(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DraftFile> addFile(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw new InvalidRequestException("file", "is required (multipart part named 'file')");
        }
        DraftFile added = drafts.addFile(users.current(), id, file.getOriginalFilename(), file.getBytes());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{fileId}").buildAndExpand(added.id()).toUri();
        return ResponseEntity.created(location).body(added);
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        CaseDrafts.FileContent file = drafts.file(users.current(), id, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.file().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.file().filename(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @DeleteMapping("/{id}/files/{fileId}")
    ResponseEntity<Void> removeFile(@PathVariable long id, @PathVariable long fileId) {
        drafts.removeFile(users.current(), id, fileId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<Drafts.Submitted> submit(@PathVariable long id) {
        return ResponseEntity.status(201).body(drafts.submit(users.current(), id));
    }

    private static ObjectNode object(JsonNode data) {
        if (data == null || data.isNull() || data.isMissingNode()) {
            return null;
        }
        if (!(data instanceof ObjectNode object)) {
            throw new InvalidRequestException("body", "must be a JSON object (the form data, as for the case type's own submit)");
        }
        return object;
    }
}
