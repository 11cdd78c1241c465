package org.bihuan.identity;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

import org.bihuan.files.UploadedDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The enterprises with accounts, as the {@code enterprise} tables hold them. Other modules read who an
 * enterprise is and whether its identity was checked; sign-up and verification write through this class.
 */
@Service
public class Enterprises {

    private static final String COLUMNS = """
            select credit_code, name, size_class, administrator, registered_at, verification, verification_reason,
                   verified_by, verified_at from enterprise""";

    private final JdbcClient jdbc;

    Enterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enterprise, once its administrator has confirmed the sign-up. */
    public Optional<Enterprise> find(String creditCode) {
        return jdbc.sql(COLUMNS + " where credit_code = ? and activated_at is not null").param(creditCode)
                .query(Enterprises::enterprise).optional();
    }

    /**
     * Where the identity check of each of these enterprises stands; a code without an (activated) enterprise
     * is {@link Verification#NONE}.
     */
    public Map<String, Verification> verifications(Collection<String> creditCodes) {
        Map<String, Verification> verifications = new HashMap<>();
        creditCodes.forEach(code -> verifications.put(code, Verification.NONE));
        if (!creditCodes.isEmpty()) {
            jdbc.sql(COLUMNS + " where credit_code in (:codes) and activated_at is not null")
                    .param("codes", creditCodes)
                    .query(Enterprises::enterprise).list()
                    .forEach(e -> verifications.put(e.creditCode(), e.verification()));
        }
        return verifications;
    }

    public Verification verification(String creditCode) {
        return find(creditCode).map(Enterprise::verification).orElse(Verification.NONE);
    }

    /** Activated enterprises whose identity check stands at this status, the longest waiting first. */
    List<Enterprise> withStatus(VerificationStatus status) {
        return jdbc.sql(COLUMNS + " where verification = ? and activated_at is not null order by registered_at, credit_code")
                .param(status.name())
                .query(Enterprises::enterprise).list();
    }

    /** Any enterprise row, confirmed or not. */
    Optional<Registration> registration(String creditCode) {
        return jdbc.sql("select credit_code, administrator, activated_at from enterprise where credit_code = ?")
                .param(creditCode)
                .query((rs, i) -> new Registration(rs.getString("credit_code"), rs.getString("administrator"),
                        instant(rs, "activated_at")))
                .optional();
    }

    /** Sign-ups never confirmed: their confirmation is unused and expired (or gone). */
    List<Registration> unconfirmedWithoutLiveConfirmation(Instant now) {
        return jdbc.sql("""
                        select e.credit_code, e.administrator, e.activated_at from enterprise e
                        where e.activated_at is null and not exists (
                            select 1 from account_token t where t.credit_code = e.credit_code and t.purpose = 'CONFIRMATION'
                            and t.used_at is null and t.expires_at > ?)""")
                .param(utc(now))
                .query((rs, i) -> new Registration(rs.getString("credit_code"), rs.getString("administrator"), null))
                .list();
    }

    void register(SignUpRequest request, Instant now) {
        jdbc.sql("""
                        insert into enterprise (credit_code, name, size_class, administrator, registered_at, verification)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(request.creditCode(), request.name(), request.sizeClass(), request.username(), utc(now),
                        VerificationStatus.UNVERIFIED.name())
                .update();
    }

    void activate(String creditCode, Instant now) {
        jdbc.sql("update enterprise set activated_at = ? where credit_code = ? and activated_at is null")
                .params(utc(now), creditCode).update();
    }

    /** A sign-up nobody confirmed in time, so that the code can be signed up again. */
    void discard(String creditCode) {
        jdbc.sql("delete from enterprise_licence where credit_code = ?").param(creditCode).update();
        jdbc.sql("delete from enterprise_verification where credit_code = ?").param(creditCode).update();
        jdbc.sql("delete from enterprise where credit_code = ?").param(creditCode).update();
    }

    void storeLicence(String creditCode, UploadedDocument licence, String uploadedBy, Instant now) {
        jdbc.sql("delete from enterprise_licence where credit_code = ?").param(creditCode).update();
        jdbc.sql("""
                        insert into enterprise_licence (credit_code, filename, content_type, size_bytes, sha256, content,
                                                        uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(creditCode, licence.filename(), licence.contentType(), licence.size(), licence.sha256(),
                        licence.content(), uploadedBy, utc(now))
                .update();
    }

    Optional<Licence> licence(String creditCode) {
        return jdbc.sql("select filename, content_type, size_bytes, sha256, uploaded_at from enterprise_licence where credit_code = ?")
                .param(creditCode)
                .query((rs, i) -> new Licence(rs.getString("filename"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), instant(rs, "uploaded_at")))
                .optional();
    }

    Optional<byte[]> licenceContent(String creditCode) {
        return jdbc.sql("select content from enterprise_licence where credit_code = ?").param(creditCode)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    /** Records the decision on the enterprise and in its audit trail. */
    long decide(String creditCode, VerificationStatus status, String reason, String decidedBy, Instant now) {
        jdbc.sql("""
                        update enterprise set verification = ?, verification_reason = ?, verified_by = ?, verified_at = ?
                        where credit_code = ?""")
                .params(status.name(), reason, decidedBy, utc(now), creditCode)
                .update();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into enterprise_verification (credit_code, decision, reason, decided_by, decided_at)
                        values (?, ?, ?, ?, ?)""")
                .params(creditCode, status.name(), reason, decidedBy, utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    List<VerificationRecord> decisions(String creditCode) {
        return jdbc.sql("""
                        select decision, reason, decided_by, decided_at from enterprise_verification
                        where credit_code = ? order by decided_at, id""")
                .param(creditCode)
                .query((rs, i) -> new VerificationRecord(VerificationStatus.valueOf(rs.getString("decision")),
                        rs.getString("reason"), rs.getString("decided_by"), instant(rs, "decided_at")))
                .list();
    }

    private static Enterprise enterprise(ResultSet rs, int row) throws SQLException {
        return new Enterprise(rs.getString("credit_code"), rs.getString("name"), rs.getString("size_class"),
                rs.getString("administrator"), instant(rs, "registered_at"),
                new Verification(VerificationStatus.valueOf(rs.getString("verification")), rs.getString("verification_reason"),
                        rs.getString("verified_by"), instant(rs, "verified_at")));
    }

    record Registration(String creditCode, String administrator, Instant activatedAt) {
        boolean confirmed() {
            return activatedAt != null;
        }
    }

    /** One decision of the audit trail. */
    public record VerificationRecord(VerificationStatus decision, String reason, String decidedBy, Instant decidedAt) {
    }
}
