package org.bihuan.web.document;

import org.bihuan.document.IssuedDocument;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.CaseDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;

/**
 * The files of official documents for the pages (the session's sign-in: the API's chain takes HTTP Basic only), the
 * same service and visibility as {@code /api/cases/{no}/documents/…}: {@code /documents/{caseNo}/{id}.pdf|.docx}, and
 * {@code /documents/batch.pdf?ids=} for officials printing several at once.
 */
@Controller
class DocumentFiles {

    static final MediaType DOCX = MediaType.parseMediaType(CaseDocuments.DOCX_MEDIA_TYPE);

    private final CaseDocuments documents;
    private final Users users;

    DocumentFiles(CaseDocuments documents, Users users) {
        this.documents = documents;
        this.users = users;
    }

    @GetMapping("/documents/{caseNo}/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String caseNo, @PathVariable long id) {
        IssuedDocument document = documents.get(users.current(), caseNo, id);
        return file(documents.pdf(document), MediaType.APPLICATION_PDF, CaseDocuments.fileName(document, ".pdf"));
    }

    @GetMapping("/documents/{caseNo}/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable String caseNo, @PathVariable long id) {
        IssuedDocument document = documents.get(users.current(), caseNo, id);
        return file(documents.docx(document), DOCX, CaseDocuments.fileName(document, ".docx"));
    }

    @GetMapping("/documents/batch.pdf")
    ResponseEntity<byte[]> batch(@RequestParam(required = false) String ids) {
        return file(documents.batchPdf(users.current(), ids), MediaType.APPLICATION_PDF, "documents.pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .body(body);
    }
}
