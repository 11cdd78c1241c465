package org.bihuan.document;

import java.time.Instant;

/**
 * An official document as issued: its number, to whom, when, and its text ({@link Letter}) as it prints.
 *
 * @param caseNo        the case it belongs to; null for one about several cases (交办清单)
 * @param kind          ACCEPTANCE_NOTICE, REJECTION_NOTICE, … (documents/templates.yaml)
 * @param name          what it is called, e.g. 受理通知书
 * @param addresseeKind {@link #PARTY} (the filing party), {@link #UNIT} (a unit, by code in {@code addressee}) or
 *                      {@link #OFFICE} (for the office's own file)
 */
public record IssuedDocument(long id, String caseNo, String kind, String name, String documentNo, String title,
                             String addresseeKind, String addressee, String addresseeName, Instant issuedAt, String issuedBy,
                             Letter letter) {

    public static final String PARTY = "PARTY";
    public static final String UNIT = "UNIT";
    public static final String OFFICE = "OFFICE";

    public boolean addressedToParty() {
        return PARTY.equals(addresseeKind);
    }
}
