package org.bihuan.lifecycle;

import org.bihuan.document.IssuedDocument;
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
import java.util.List;

/**
 * A case's official documents and their files: {@code GET /api/cases/{no}/documents}, {@code …/documents/{id}.pdf}
 * and {@code .docx}; {@code GET /api/documents/{id}.pdf|.docx} for one by its id (also a 交办清单 about several
 * cases) and {@code GET /api/documents/batch.pdf?ids=} for officials printing several at once.
 */
@RestController
@RequestMapping("/api")
class DocumentController {

    static final MediaType DOCX = MediaType.parseMediaType(CaseDocuments.DOCX_MEDIA_TYPE);

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
        return file(documents.pdf(document), MediaType.APPLICATION_PDF, CaseDocuments.fileName(document, ".pdf"));
    }

    @GetMapping("/cases/{caseNo}/documents/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable String caseNo, @PathVariable long id) {
        IssuedDocument document = documents.get(users.current(), caseNo, id);
        return file(documents.docx(document), DOCX, CaseDocuments.fileName(document, ".docx"));
    }

    @GetMapping("/documents/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        IssuedDocument document = documents.get(users.current(), id);
        return file(documents.pdf(document), MediaType.APPLICATION_PDF, CaseDocuments.fileName(document, ".pdf"));
    }

    @GetMapping("/documents/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        IssuedDocument document = documents.get(users.current(), id);
        return file(documents.docx(document), DOCX, CaseDocuments.fileName(document, ".docx"));
    }

    @GetMapping("/documents/batch.pdf")
    ResponseEntity<byte[]> batch(@RequestParam(required = false) String ids) {
        return file(documents.batchPdf(users.current(), ids), MediaType.APPLICATION_PDF, "公文.pdf");
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .body(body);
    }
}
