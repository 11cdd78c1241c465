package org.bihuan.casefile;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Officials' internal comments on a case. They live apart from the timeline, which the filing party reads, so no
 * view of the enterprise, the member or the public tracking can ever carry them: only an official who may see the
 * case reads or writes them; to anyone else the case's comments do not exist (404, as for a case they may not see).
 */
@Service
@Transactional
public class CaseComments {

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final CaseVisibility visibility;
    private final Users users;
    private final Clock clock;
    private final int maxLength;

    CaseComments(JdbcClient jdbc, CaseFiles caseFiles, CaseVisibility visibility, Users users, Clock clock,
                 @Value("${bihuan.comments.max-length:5000}") int maxLength) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.visibility = visibility;
        this.users = users;
        this.clock = clock;
        this.maxLength = maxLength;
    }

    public CaseComment add(AppUser official, String caseNo, String text) {
        CaseFile file = caseFor(official, caseNo);
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("text", "must not be blank");
        }
        if (text.length() > maxLength) {
            throw new InvalidRequestException("text", "must be at most " + maxLength + " characters");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Instant now = clock.instant();
        jdbc.sql("insert into case_comment (case_no, author, at, text) values (?, ?, ?, ?)")
                .params(file.caseNo(), official.username(), utc(now), text.strip())
                .update(keys, "id");
        return new CaseComment(keys.getKeyAs(Long.class), file.caseNo(), official.username(), official.displayName(), now, text.strip());
    }

    /** The case's comments, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseComment> list(AppUser official, String caseNo) {
        CaseFile file = caseFor(official, caseNo);
        return jdbc.sql("select id, case_no, author, at, text from case_comment where case_no = ? order by at, id")
                .param(file.caseNo())
                .query((rs, i) -> new CaseComment(rs.getLong("id"), rs.getString("case_no"), rs.getString("author"),
                        users.find(rs.getString("author")).map(AppUser::displayName).orElse(rs.getString("author")),
                        instant(rs, "at"), rs.getString("text")))
                .list();
    }

    /** Whether anyone has commented on the case (an imported case someone commented on has moved: its import stays). */
    @Transactional(readOnly = true)
    public boolean any(String caseNo) {
        return jdbc.sql("select count(*) from case_comment where case_no = ?").param(caseNo).query(Integer.class).single() > 0;
    }

    /** Only officials read internal notes; enterprises and CPPCC members file cases and never see them. */
    private CaseFile caseFor(AppUser user, String caseNo) {
        return caseFiles.find(caseNo)
                .filter(f -> user.isOfficial() && visibility.canSee(user, f))
                .orElseThrow(() -> new NotFoundException("no case " + caseNo));
    }
}
