package org.bihuan.lifecycle;

import org.bihuan.casefile.CasePage;
import org.bihuan.casefile.CaseSearch;
import org.bihuan.casefile.CaseSearchRequest;
import org.bihuan.casefile.CaseSearchRow;
import org.bihuan.export.TableExport;
import org.bihuan.identity.Users;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/** The officials' cases of every type: search and its export, one case's full view, its lifecycle's diagram. */
@RestController
@RequestMapping("/api")
class CaseController {

    private final CaseSearch search;
    private final CaseViews views;
    private final Users users;

    CaseController(CaseSearch search, CaseViews views, Users users) {
        this.search = search;
        this.views = views;
        this.users = users;
    }

    @GetMapping("/cases")
    CasePage<CaseSearchRow> search(@ModelAttribute CaseSearchRequest request) {
        return search.search(users.current(), request);
    }

    @GetMapping("/cases.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute CaseSearchRequest request) {
        return file(search.csv(users.current(), request), new MediaType("text", "csv", StandardCharsets.UTF_8), ".csv");
    }

    @GetMapping("/cases.xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute CaseSearchRequest request) {
        return file(search.xlsx(users.current(), request), MediaType.parseMediaType(TableExport.XLSX_MEDIA_TYPE), ".xlsx");
    }

    @GetMapping("/cases/{caseNo}")
    CaseDetails details(@PathVariable String caseNo) {
        return views.details(users.current(), caseNo);
    }

    @GetMapping("/cases/{caseNo}/diagram")
    CaseDiagram diagram(@PathVariable String caseNo) {
        return views.diagram(users.current(), caseNo);
    }

    private ResponseEntity<byte[]> file(byte[] body, MediaType type, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(search.exportName() + extension, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
