package org.bihuan.web.document;

import org.bihuan.identity.Users;
import org.bihuan.lifecycle.CaseDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The files of official documents for the pages (the session's sign-in: the API's chain takes HTTP Basic only), the
 * same service and visibility as {@code /api/cases/{no}/documents/…}: {@code /documents/{caseNo}/{id}.pdf|.docx}, and
 * {@code /documents/batch.pdf?ids=} for officials printing several at once.
 */
@Controller
class DocumentFiles {

    private final CaseDocuments documents;
    private final Users users;

    DocumentFiles(CaseDocuments documents, Users users) {
        this.documents = documents;
        this.users = users;
    }

    @GetMapping("/documents/{caseNo}/{id}.{format}")
    ResponseEntity<byte[]> file(@PathVariable String caseNo, @PathVariable long id, @PathVariable String format) {
        return documents.file(users.current(), caseNo, id, format).response();
    }

    @GetMapping("/documents/batch.pdf")
    ResponseEntity<byte[]> batch(@RequestParam(required = false) String ids) {
        return documents.batch(users.current(), ids).response();
    }
}
