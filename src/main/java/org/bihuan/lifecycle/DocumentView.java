package org.bihuan.lifecycle;

import org.bihuan.document.IssuedDocument;

import java.time.Instant;

/**
 * One official document as the API lists it: what it is, its number, to whom, when, and where its files are.
 *
 * @param addresseeKind PARTY, UNIT or OFFICE; {@code addressee} the name it is addressed to
 */
public record DocumentView(long id, String caseNo, String kind, String name, String documentNo, String title,
                           String addresseeKind, String addressee, Instant issuedAt, String pdf, String docx) {

    public static DocumentView of(IssuedDocument d) {
        String base = d.caseNo() == null ? "/api/documents/" + d.id() : "/api/cases/" + d.caseNo() + "/documents/" + d.id();
        return new DocumentView(d.id(), d.caseNo(), d.kind(), d.name(), d.documentNo(), d.title(), d.addresseeKind(),
                d.addresseeName(), d.issuedAt(), base + ".pdf", base + ".docx");
    }
}
