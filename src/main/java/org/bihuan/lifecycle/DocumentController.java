package org.bihuan.lifecycle;

import org.bihuan.identity.Users;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * A case's official documents and their files: {@code GET /api/cases/{no}/documents}, {@code …/documents/{id}.pdf}
 * and {@code .docx}; {@code GET /api/documents/{id}.pdf|.docx} for one by its id (also a 交办清单 about several
 * cases) and {@code GET /api/documents/batch.pdf?ids=} for officials printing several at once.
 */
@RestController
@RequestMapping("/api")
class DocumentController {

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

    @GetMapping("/cases/{caseNo}/documents/{id}.{format}")
    ResponseEntity<byte[]> file(@PathVariable String caseNo, @PathVariable long id, @PathVariable String format) {
        return documents.file(users.current(), caseNo, id, format).response();
    }

    @GetMapping("/documents/batch.pdf")
    ResponseEntity<byte[]> batch(@RequestParam(required = false) String ids) {
        return documents.batch(users.current(), ids).response();
    }

    @GetMapping("/documents/{id}.{format}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String format) {
        return documents.file(users.current(), id, format).response();
    }
}
