package org.bihuan.lifecycle;

import org.bihuan.document.IssuedDocument;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.Users;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's official documents and their files: {@code GET /api/cases/{no}/documents}, {@code …/documents/{id}.pdf}
 * and {@code .docx}; {@code GET /api/documents/{id}.pdf|.docx} for one by its id (also a 交办清单 about several
 * cases) and {@code GET /api/documents/batch.pdf?ids=} for officials printing several at once.
 */
@RestController
@RequestMapping("/api")
class DocumentController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final CaseDocuments documents;
    private final Users users;

    DocumentController(CaseDocuments documents, Users users) {
        this.documents = documents;
        this.users = users;
    }

    @GetMapping("/cases/{caseNo}/documents")
    List<DocumentView> list(@PathVariable String caseNo) {
        return documents.of(users.current(), caseNo).stream().map(DocumentView::of).toList();
    }

    @GetMapping("/cases/{caseNo}/documents/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String caseNo, @PathVariable long id) {
        IssuedDocument document = documents.get(users.current(), caseNo, id);
        return file(documents.pdf(document), MediaType.APPLICATION_PDF, fileName(document, ".pdf"));
    }

    @GetMapping("/cases/{caseNo}/documents/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable String caseNo, @PathVariable long id) {
        IssuedDocument document = documents.get(users.current(), caseNo, id);
        return file(documents.docx(document), DOCX, fileName(document, ".docx"));
    }

    @GetMapping("/documents/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        IssuedDocument document = documents.get(users.current(), id);
        return file(documents.pdf(document), MediaType.APPLICATION_PDF, fileName(document, ".pdf"));
    }

    @GetMapping("/documents/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        IssuedDocument document = documents.get(users.current(), id);
        return file(documents.docx(document), DOCX, fileName(document, ".docx"));
    }

    @GetMapping("/documents/batch.pdf")
    ResponseEntity<byte[]> batch(@RequestParam(required = false) String ids) {
        return file(documents.batchPdf(users.current(), ids(ids)), MediaType.APPLICATION_PDF, "公文.pdf");
    }

    /** {@code 1,2,3} as numbers; anything else a 400 naming {@code ids}. */
    static List<Long> ids(String ids) {
        List<Long> parsed = new ArrayList<>();
        if (ids != null) {
            for (String id : ids.split(",")) {
                if (id.isBlank()) {
                    continue;
                }
                try {
                    parsed.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException e) {
                    throw new InvalidRequestException("ids", "must be document ids separated by commas");
                }
            }
        }
        return parsed;
    }

    /** e.g. 受理通知书-受〔2026〕15号.pdf */
    static String fileName(IssuedDocument document, String extension) {
        return document.name() + "-" + document.documentNo() + extension;
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .body(body);
    }
}
