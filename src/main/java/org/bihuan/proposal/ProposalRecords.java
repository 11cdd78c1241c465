package org.bihuan.proposal;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

import org.bihuan.domain.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

@Repository
class ProposalRecords {

    private final JdbcClient jdbc;

    ProposalRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param sessionYear the year its number counts in: its session's, or the calendar year when it has none
     * @param sessionId   its CPPCC session, null when none was open on the filing day
     */
    void insert(String caseNo, int sessionYear, Long sessionId, ProposalRequest r) {
        jdbc.sql("""
                insert into proposal (case_no, session_year, session_id, title, content, category, proposal_type, problem, analysis,
                    suggestions)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNo, sessionYear, sessionId, r.title(), r.composedContent(), r.category(), r.type(),
                        r.parts() == null ? null : r.parts().problem().strip(),
                        r.parts() == null ? null : r.parts().analysis().strip(),
                        r.parts() == null ? null : r.parts().suggestions().strip()).update();
    }

    /** Removes the proposal's rows: its import from the old ledger was undone. */
    void erase(String caseNo) {
        jdbc.sql("delete from proposal_unit where case_no = ?").param(caseNo).update();
        jdbc.sql("delete from proposal_signer where case_no = ?").param(caseNo).update();
        jdbc.sql("delete from proposal where case_no = ?").param(caseNo).update();
    }

    ProposalRecord get(String caseNo) {
        return find(caseNo).orElseThrow(() -> new NotFoundException("no proposal " + caseNo));
    }

    java.util.Optional<ProposalRecord> find(String caseNo) {
        return jdbc.sql("select * from proposal where case_no = ?").param(caseNo).query(ProposalRecords::map).optional();
    }

    // signers: the initiator first, then the cosigners in the order given

    void addSigner(String caseNo, String username, int position, String status) {
        jdbc.sql("insert into proposal_signer (case_no, username, position, status) values (?, ?, ?, ?)")
                .params(caseNo, username, position, status).update();
    }

    void setSignerStatus(String caseNo, String username, String status) {
        jdbc.sql("update proposal_signer set status = ? where case_no = ? and username = ?").params(status, caseNo, username).update();
    }

    List<Signer> signers(String caseNo) {
        return jdbc.sql("select username, position, status from proposal_signer where case_no = ? order by position")
                .param(caseNo)
                .query((rs, i) -> new Signer(rs.getString("username"), rs.getInt("position"), rs.getString("status")))
                .list();
    }

    List<String> signersWithStatus(String caseNo, String status) {
        return jdbc.sql("select username from proposal_signer where case_no = ? and status = ? order by position")
                .params(caseNo, status).query(String.class).list();
    }

    // units

    void replaceUnits(String caseNo, String leadUnit, List<String> otherUnits, String mode, Instant assignedAt) {
        jdbc.sql("delete from proposal_unit where case_no = ?").param(caseNo).update();
        jdbc.sql("insert into proposal_unit (case_no, unit_code, role, status, assigned_at) values (?, ?, ?, 'ASSIGNED', ?)")
                .params(caseNo, leadUnit, "SPLIT".equals(mode) ? "SPLIT" : "LEAD", utc(assignedAt)).update();
        for (String unit : otherUnits) {
            jdbc.sql("insert into proposal_unit (case_no, unit_code, role, status, assigned_at) values (?, ?, ?, 'ASSIGNED', ?)")
                    .params(caseNo, unit, "SPLIT".equals(mode) ? "SPLIT" : "CO", utc(assignedAt)).update();
        }
        jdbc.sql("update proposal set mode = ?, lead_unit = ? where case_no = ?").params(mode, leadUnit, caseNo).update();
    }

    /** 交办清单: what was assigned to a unit in [from, to), its role in each, the most recent last. */
    List<AssignmentLine> assignedTo(String unitCode, Instant from, Instant to) {
        return jdbc.sql("""
                        select p.case_no, p.title, u.role, u.status, u.assigned_at from proposal_unit u join proposal p on p.case_no = u.case_no
                        where u.unit_code = ? and u.assigned_at >= ? and u.assigned_at < ? order by u.assigned_at, p.case_no""")
                .params(unitCode, utc(from), utc(to))
                .query((rs, i) -> new AssignmentLine(rs.getString("case_no"), rs.getString("title"), rs.getString("role"),
                        rs.getString("status"), instant(rs, "assigned_at")))
                .list();
    }

    record AssignmentLine(String proposalNo, String title, String role, String status, Instant assignedAt) {
    }

    void setUnitStatus(String caseNo, String unitCode, String status) {
        jdbc.sql("update proposal_unit set status = ? where case_no = ? and unit_code = ?").params(status, caseNo, unitCode).update();
    }

    List<UnitAssignment> units(String caseNo) {
        return jdbc.sql("""
                        select unit_code, role, status, reply_class, reply_text, publishable, replied_at
                        from proposal_unit where case_no = ? order by case role when 'LEAD' then 0 else 1 end, unit_code""")
                .param(caseNo)
                .query((rs, i) -> new UnitAssignment(rs.getString("unit_code"), rs.getString("role"), rs.getString("status"),
                        rs.getString("reply_class"), rs.getString("reply_text"), (Boolean) rs.getObject("publishable"),
                        instant(rs, "replied_at")))
                .list();
    }

    /** The proposals that name this unit as their lead unit or among their units. */
    List<String> casesNaming(String unitCode) {
        return jdbc.sql("""
                        select case_no from proposal_unit where unit_code = ?
                        union select case_no from proposal where lead_unit = ? order by 1""")
                .params(unitCode, unitCode).query(String.class).list();
    }

    /**
     * The successor of a merged unit takes the unit's place on the proposal: as its lead unit and in its units. When
     * the successor was among them already, its row takes the lead role if either had it, and what the old unit
     * recorded where its own row has nothing yet; the old unit's row goes.
     */
    void handOverUnit(String caseNo, String from, String to) {
        jdbc.sql("update proposal set lead_unit = ? where case_no = ? and lead_unit = ?").params(to, caseNo, from).update();
        List<UnitAssignment> units = units(caseNo);
        UnitAssignment old = units.stream().filter(u -> u.unitCode().equals(from)).findFirst().orElse(null);
        UnitAssignment successor = units.stream().filter(u -> u.unitCode().equals(to)).findFirst().orElse(null);
        if (old == null) {
            return;
        }
        if (successor == null) {
            jdbc.sql("update proposal_unit set unit_code = ? where case_no = ? and unit_code = ?").params(to, caseNo, from).update();
            return;
        }
        boolean oldReplied = successor.repliedAt() == null && old.repliedAt() != null;
        UnitAssignment reply = oldReplied ? old : successor;
        jdbc.sql("""
                        update proposal_unit set role = ?, status = ?, reply_class = ?, reply_text = ?, publishable = ?, replied_at = ?
                        where case_no = ? and unit_code = ?""")
                .params("LEAD".equals(old.role()) ? old.role() : successor.role(), oldReplied ? old.status() : successor.status(),
                        reply.replyClass(), reply.replyText(), reply.publishable(), reply.repliedAt() == null ? null : utc(reply.repliedAt()),
                        caseNo, to)
                .update();
        jdbc.sql("delete from proposal_unit where case_no = ? and unit_code = ?").params(caseNo, from).update();
    }

    void recordUnitReply(String caseNo, String unitCode, String replyClass, String replyText, boolean publishable, Instant at) {
        jdbc.sql("""
                        update proposal_unit set reply_class = ?, reply_text = ?, publishable = ?, replied_at = ?
                        where case_no = ? and unit_code = ?""")
                .params(replyClass, replyText, publishable, utc(at), caseNo, unitCode).update();
    }

    void setKey(String caseNo, boolean key, String leader) {
        jdbc.sql("update proposal set key_proposal = ?, supervising_leader = ? where case_no = ?").params(key, leader, caseNo).update();
    }

    void recordReply(String caseNo, String replyClass, String replyText, boolean publishable, Instant at) {
        jdbc.sql("update proposal set reply_class = ?, reply_text = ?, publishable = ?, replied_at = ? where case_no = ?")
                .params(replyClass, replyText, publishable, utc(at), caseNo).update();
    }

    void markNotRegistered(String caseNo, boolean forwardAsOpinion) {
        jdbc.sql("update proposal set forwarded_as_opinion = ? where case_no = ?").params(forwardAsOpinion, caseNo).update();
    }

    void mergeInto(String caseNo, String target) {
        jdbc.sql("update proposal set merged_into = ? where case_no = ?").params(target, caseNo).update();
    }

    List<String> mergedInto(String target) {
        return jdbc.sql("select case_no from proposal where merged_into = ? order by case_no").param(target).query(String.class).list();
    }

    /** The initiator and every cosigner who confirmed (or, before cosigning ends, who was invited). */
    List<String> activeSigners(String caseNo) {
        return signers(caseNo).stream()
                .filter(s -> !"DECLINED".equals(s.status()) && !"NO_ANSWER".equals(s.status()))
                .map(Signer::username).toList();
    }

    void publish(String caseNo, Instant at) {
        jdbc.sql("update proposal set published_at = ? where case_no = ?").params(utc(at), caseNo).update();
    }

    static ProposalRecord map(ResultSet rs, int row) throws SQLException {
        return new ProposalRecord(rs.getString("case_no"), rs.getInt("session_year"), rs.getString("title"),
                rs.getString("content"), rs.getString("category"), rs.getString("proposal_type"), rs.getString("merged_into"),
                rs.getBoolean("forwarded_as_opinion"), rs.getString("mode"), rs.getString("lead_unit"),
                rs.getBoolean("key_proposal"), rs.getString("supervising_leader"), rs.getString("reply_class"),
                rs.getString("reply_text"), (Boolean) rs.getObject("publishable"), instant(rs, "replied_at"),
                instant(rs, "published_at"), rs.getString("problem") == null ? null
                : new ProposalRequest.Parts(rs.getString("problem"), rs.getString("analysis"), rs.getString("suggestions")),
                rs.getObject("session_id", Long.class));
    }



    record Signer(String username, int position, String status) {
    }

    record UnitAssignment(String unitCode, String role, String status, String replyClass, String replyText, Boolean publishable,
                          Instant repliedAt) {
    }
}
