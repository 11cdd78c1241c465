package org.bihuan.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.casefile.CaseNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

/**
 * The official documents issued: each is composed from its template ({@link DocumentTemplates}), numbered in its
 * series and year through the one number register ({@link CaseNumbers}: 受〔2026〕15号 as 督〔2026〕3号), and stored as
 * issued in the transaction of the step that issues it; PDF and DOCX are printed from the stored text on demand.
 * Knows nothing of lifecycles: who issues what, to whom and with which data is the caller's.
 */
@Service
@Transactional
public class DocumentRegister {

    private final JdbcClient jdbc;
    private final CaseNumbers numbers;
    private final DocumentTemplates templates;
    private final LetterPdf pdf;
    private final LetterDocx docx;
    private final ObjectMapper json;

    DocumentRegister(JdbcClient jdbc, CaseNumbers numbers, DocumentTemplates templates, LetterPdf pdf, LetterDocx docx,
                     ObjectMapper json) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.templates = templates;
        this.pdf = pdf;
        this.docx = docx;
        this.json = json;
    }

    /**
     * What to issue.
     *
     * @param sourceKey the step that issues it (e.g. {@code accepted:<activity instance>}): issuing again with the
     *                  same key answers the document already issued instead of a second one
     * @param date      the date it bears (成文日期), in the office's calendar; its year is the number's
     * @param params    the template's parameters
     */
    public record Issue(String caseNo, String kind, String addresseeKind, String addressee, String addresseeName,
                        String issuedBy, String sourceKey, Instant at, LocalDate date, Map<String, ?> params) {
    }

    /** The document and the notice template that announces it (null when none or when it was issued before). */
    public record Issued(IssuedDocument document, String announce) {
    }

    public Issued issue(Issue issue) {
        Optional<IssuedDocument> earlier = bySourceKey(issue.sourceKey());
        if (earlier.isPresent()) {
            return new Issued(earlier.get(), null);
        }
        DocumentTemplates.Composed composed = templates.compose(issue.kind(), issue.params());
        int year = issue.date().getYear();
        String documentNo = numbers.next(composed.series(), year, seq -> composed.numberFormat()
                .replace("{year}", String.valueOf(year)).replace("{seq}", String.valueOf(seq)));
        Letter letter = composed.letter(documentNo, issue.date());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into official_document (case_no, kind, document_no, series, number_year, title, addressee_kind,
                            addressee, addressee_name, issued_at, issued_by, source_key, content)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(issue.caseNo(), issue.kind(), documentNo, composed.series(), year, letter.title(), issue.addresseeKind(),
                        issue.addressee(), issue.addresseeName(), utc(issue.at()), issue.issuedBy(), issue.sourceKey(), write(letter))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        return new Issued(find(id).orElseThrow(), composed.announce());
    }

    @Transactional(readOnly = true)
    public List<IssuedDocument> ofCase(String caseNo) {
        return jdbc.sql("select * from official_document where case_no = ? order by issued_at, id").param(caseNo).query(this::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<IssuedDocument> find(long id) {
        return jdbc.sql("select * from official_document where id = ?").param(id).query(this::map).optional();
    }

    @Transactional(readOnly = true)
    public Optional<IssuedDocument> byNumber(String documentNo) {
        return jdbc.sql("select * from official_document where document_no = ?").param(documentNo).query(this::map).optional();
    }

    @Transactional(readOnly = true)
    public List<IssuedDocument> addressedTo(String addresseeKind, String addressee, String kind) {
        return jdbc.sql("select * from official_document where addressee_kind = ? and addressee = ? and kind = ? order by issued_at, id")
                .params(addresseeKind, addressee, kind).query(this::map).list();
    }

    private Optional<IssuedDocument> bySourceKey(String sourceKey) {
        return jdbc.sql("select * from official_document where source_key = ?").param(sourceKey).query(this::map).optional();
    }

    /** What a kind of document is called (受理通知书). */
    public String name(String kind) {
        return templates.name(kind);
    }

    public byte[] pdf(IssuedDocument document) {
        return pdf.render(document.letter());
    }

    /** Several documents as one PDF, in the order given, each from a new page (batch printing). */
    public byte[] pdf(List<IssuedDocument> documents) {
        return pdf.render(documents.stream().map(IssuedDocument::letter).toList());
    }

    public byte[] docx(IssuedDocument document) {
        return docx.render(document.letter());
    }

    private String write(Letter letter) {
        try {
            return json.writeValueAsString(letter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the document " + letter.title(), e);
        }
    }

    private IssuedDocument map(ResultSet rs, int row) throws SQLException {
        Letter letter;
        try {
            letter = json.readValue(rs.getString("content"), Letter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("document " + rs.getLong("id") + " cannot be read", e);
        }
        String kind = rs.getString("kind");
        return new IssuedDocument(rs.getLong("id"), rs.getString("case_no"), kind, templates.name(kind), rs.getString("document_no"),
                rs.getString("title"), rs.getString("addressee_kind"), rs.getString("addressee"), rs.getString("addressee_name"),
                instant(rs, "issued_at"), rs.getString("issued_by"), letter);
    }
}
