package org.bihuan.lifecycle;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseVisibility;
import org.bihuan.document.DocumentRegister;
import org.bihuan.document.IssuedDocument;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.bihuan.notification.Notifications;
import org.bihuan.notification.Recipient;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The official documents of every case type, the one way: a lifecycle's step (or supervision's 督办) says which
 * document it issues, to whom and with what data; this issues it in the step's transaction (number and record, see
 * {@link DocumentRegister}), announces it to its addressee through the outbox with the notice its template names,
 * and lists and prints it under the case's one visibility rule: whoever may not see the case finds no document; a
 * party (an enterprise, a member) sees only the documents addressed to it; an official who sees the case sees all of
 * them. A document about several cases (交办清单) is for the committee, supervisors, administrators and the unit it
 * is addressed to.
 */
@Service
@Transactional
public class CaseDocuments {

    /** What a DOCX is served as. */
    public static final String DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DocumentRegister register;
    private final CaseFiles caseFiles;
    private final CaseVisibility visibility;
    private final Lifecycles lifecycles;
    private final Notifications notifications;
    private final Users users;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CaseDocuments(DocumentRegister register, CaseFiles caseFiles, CaseVisibility visibility, Lifecycles lifecycles,
                  Notifications notifications, Users users, WorkingDayCalendar calendar, Clock clock) {
        this.register = register;
        this.caseFiles = caseFiles;
        this.visibility = visibility;
        this.lifecycles = lifecycles;
        this.notifications = notifications;
        this.users = users;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** To the party that filed the case (the complainant, the proposers), named as the document addresses it. */
    public IssuedDocument toParty(String caseNo, String kind, String partyName, Map<String, ?> params, String sourceKey) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("partyName", partyName);
        return issue(caseNo, kind, IssuedDocument.PARTY, null, partyName, all, sourceKey,
                () -> lifecycles.of(caseFiles.get(caseNo).caseType()).parties(caseNo));
    }

    /** To a unit (a 转办单, a 交办单, a 督办通知书); its officials hear of it. */
    public IssuedDocument toUnit(String caseNo, String unitCode, String kind, Map<String, ?> params, String sourceKey) {
        String unitName = unitName(unitCode);
        Map<String, Object> all = new HashMap<>(params);
        all.put("unitName", unitName);
        return issue(caseNo, kind, IssuedDocument.UNIT, unitCode, unitName, all, sourceKey, () -> unitOfficials(unitCode));
    }

    /** To a unit, about several cases at once (a 交办清单): no case of its own, for the unit and the office. */
    public IssuedDocument toUnitAboutSeveralCases(String unitCode, String kind, Map<String, ?> params, String sourceKey) {
        return toUnit(null, unitCode, kind, params, sourceKey);
    }

    private IssuedDocument issue(String caseNo, String kind, String addresseeKind, String addressee, String addresseeName,
                                 Map<String, Object> params, String sourceKey, java.util.function.Supplier<List<Recipient>> recipients) {
        Instant now = clock.instant();
        if (caseNo != null) {
            CaseFile file = caseFiles.get(caseNo);
            params.putIfAbsent("caseNo", file.caseNo());
            params.putIfAbsent("title", file.title());
        }
        DocumentRegister.Issued issued = register.issue(new DocumentRegister.Issue(caseNo, kind, addresseeKind, addressee,
                addresseeName, issuer(), sourceKey, now, LocalDate.ofInstant(now, calendar.zone()), params));
        if (issued.announce() != null) {
            Map<String, Object> notice = new HashMap<>(params);
            notice.put("documentNo", issued.document().documentNo());
            notice.put("documentName", issued.document().name());
            notifications.send(issued.announce(), notice, recipients.get(), "document:" + issued.document().id());
        }
        return issued.document();
    }

    /** Who completes the step that issues the document (the request's user), else the system (a timer, the watch). */
    private static String issuer() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)
                ? current.getName() : CaseFiles.SYSTEM;
    }

    /** The documents of the case this user may see, oldest first; a case the user may not see is not found. */
    @Transactional(readOnly = true)
    public List<IssuedDocument> of(AppUser user, String caseNo) {
        CaseFile file = caseFiles.find(caseNo).filter(f -> visibility.canSee(user, f))
                .orElseThrow(() -> new NotFoundException("no case " + caseNo));
        return register.ofCase(file.caseNo()).stream().filter(d -> user.isOfficial() || d.addressedToParty()).toList();
    }

    /** One document of the case, when this user may see it. */
    @Transactional(readOnly = true)
    public IssuedDocument get(AppUser user, String caseNo, long id) {
        return of(user, caseNo).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("no document " + id + " on case " + caseNo));
    }

    /** A document by its id alone (also one about several cases), when this user may see it. */
    @Transactional(readOnly = true)
    public IssuedDocument get(AppUser user, long id) {
        return register.find(id).filter(d -> maySee(user, d)).orElseThrow(() -> new NotFoundException("no document " + id));
    }

    /** Documents by their number as the register holds them (a 督办 ledger line names its letter so). */
    @Transactional(readOnly = true)
    public Optional<IssuedDocument> byNumber(AppUser user, String documentNo) {
        return register.byNumber(documentNo).filter(d -> maySee(user, d));
    }

    /**
     * Several documents as one PDF, in the order asked, for officials (batch printing); any that this official may not
     * see makes the whole request not found, so that nothing tells which ones exist.
     */
    @Transactional(readOnly = true)
    public byte[] batchPdf(AppUser user, String ids) {
        if (!user.isOfficial()) {
            throw new ForbiddenException("batch printing is for officials");
        }
        Set<Long> distinct = new LinkedHashSet<>();
        for (String id : ids == null ? new String[0] : ids.split(",")) {
            if (!id.isBlank()) {
                try {
                    distinct.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException e) {
                    throw new InvalidRequestException("ids", "must be document ids separated by commas");
                }
            }
        }
        if (distinct.isEmpty()) {
            throw new InvalidRequestException("ids", "must name at least one document");
        }
        List<IssuedDocument> documents = new ArrayList<>();
        for (long id : distinct) {
            documents.add(get(user, id));
        }
        return register.pdf(documents);
    }

    /** A document's file as it downloads: its bytes, what they are, and its name (受理通知书-受〔2026〕15号.pdf). */
    public record DocumentFile(byte[] content, String mediaType, String fileName) {

        /** The file as an HTTP answer, for the API and for the pages alike: an attachment with its name. */
        public ResponseEntity<byte[]> response() {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(fileName, StandardCharsets.UTF_8).build().toString())
                    .body(content);
        }
    }

    /** One document of the case as {@code pdf} or {@code docx}, when this user may see it (else not found). */
    @Transactional(readOnly = true)
    public DocumentFile file(AppUser user, String caseNo, long id, String format) {
        return file(get(user, caseNo, id), format);
    }

    /** A document by its id alone (also a 交办清单) as {@code pdf} or {@code docx}, when this user may see it. */
    @Transactional(readOnly = true)
    public DocumentFile file(AppUser user, long id, String format) {
        return file(get(user, id), format);
    }

    /** Several documents as one PDF for officials: see {@link #batchPdf}. */
    @Transactional(readOnly = true)
    public DocumentFile batch(AppUser user, String ids) {
        return new DocumentFile(batchPdf(user, ids), MediaType.APPLICATION_PDF_VALUE, "公文.pdf");
    }

    private DocumentFile file(IssuedDocument document, String format) {
        String name = document.name() + "-" + document.documentNo() + "." + format;
        return switch (format) {
            case "pdf" -> new DocumentFile(register.pdf(document), MediaType.APPLICATION_PDF_VALUE, name);
            case "docx" -> new DocumentFile(register.docx(document), DOCX_MEDIA_TYPE, name);
            default -> throw new NotFoundException("documents are PDF or DOCX, not " + format);
        };
    }

    public byte[] pdf(IssuedDocument document) {
        return register.pdf(document);
    }

    public byte[] docx(IssuedDocument document) {
        return register.docx(document);
    }

    private boolean maySee(AppUser user, IssuedDocument document) {
        if (document.caseNo() != null) {
            return caseFiles.find(document.caseNo()).filter(f -> visibility.canSee(user, f)).isPresent()
                    && (user.isOfficial() || document.addressedToParty());
        }
        return user.has(Role.ADMIN) || user.has(Role.SUPERVISOR) || user.has(Role.COMMITTEE)
                || IssuedDocument.UNIT.equals(document.addresseeKind()) && user.has(Role.UNIT)
                && document.addressee() != null && document.addressee().equals(user.unitCode());
    }

    private List<Recipient> unitOfficials(String unitCode) {
        return users.membersOfUnit(unitCode).stream().map(CaseNotices::recipient).toList();
    }

    private String unitName(String unitCode) {
        return unitCode == null ? "" : users.unit(unitCode).map(u -> u.name()).orElse(unitCode);
    }
}
