package org.bihuan.complaint;

import org.bihuan.domain.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

@Repository
class ComplaintRecords {

    private final JdbcClient jdbc;

    ComplaintRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String caseNo, ComplaintRequest r) {
        insert(caseNo, r, false);
    }

    /** @param promisePending the signed no-litigation promise (承诺书) is still to come: filed on the enterprise's behalf */
    void insert(String caseNo, ComplaintRequest r, boolean promisePending) {
        var c = r.complainant();
        var d = r.respondent();
        jdbc.sql("""
                insert into complaint (case_no, complainant_name, complainant_credit_code, complainant_size_class,
                    complainant_contact_name, complainant_contact_phone, complainant_contact_email, complainant_address,
                    respondent_name, respondent_credit_code, respondent_type, respondent_region, respondent_address,
                    respondent_contact_name, respondent_contact_phone, amount_owed, contract_no, contract_date,
                    payment_due_date, description, in_litigation, promise_pending)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNo, c.name(), c.creditCode(), c.sizeClass(), c.contactName(), c.contactPhone(), c.contactEmail(),
                        c.address(), d.name(), d.creditCode(), d.type(), d.region(), d.address(), d.contactName(),
                        d.contactPhone(), r.amountOwed(), r.contractNo(), r.contractDate(), r.paymentDueDate(),
                        r.description(), r.inLitigation(), promisePending)
                .update();
    }

    /** Removes the complaint's rows: its import from the old ledger was undone. */
    void erase(String caseNo) {
        jdbc.sql("delete from complaint_payment where case_no = ?").param(caseNo).update();
        jdbc.sql("delete from complaint where case_no = ?").param(caseNo).update();
    }

    /** The signed promise arrived as this attachment; false when the complaint was not waiting for one. */
    boolean promiseReceived(String caseNo, long attachmentId) {
        return jdbc.sql("update complaint set promise_pending = false, promise_attachment_id = ? where case_no = ? and promise_pending = true")
                .params(attachmentId, caseNo).update() > 0;
    }

    ComplaintRecord get(String caseNo) {
        return find(caseNo).orElseThrow(() -> new NotFoundException("no complaint " + caseNo));
    }

    java.util.Optional<ComplaintRecord> find(String caseNo) {
        return jdbc.sql("select * from complaint where case_no = ?").param(caseNo).query(ComplaintRecords::map).optional();
    }

    void recordResult(String caseNo, String outcome, BigDecimal amountRecovered) {
        jdbc.sql("update complaint set outcome = ?, amount_recovered = ? where case_no = ?")
                .params(outcome, amountRecovered, caseNo).update();
    }

    /** 清欠台账: the recovered total a unit reports with each reply, kept over time. */
    void recordPayment(String caseNo, String unitCode, java.time.Instant at, BigDecimal recovered, String outcome) {
        jdbc.sql("insert into complaint_payment (case_no, unit_code, recorded_at, amount_recovered, outcome) values (?, ?, ?, ?, ?)")
                .params(caseNo, unitCode, at.atOffset(java.time.ZoneOffset.UTC), recovered, outcome).update();
    }

    static ComplaintRecord map(ResultSet rs, int row) throws SQLException {
        return new ComplaintRecord(
                rs.getString("case_no"),
                new ComplaintRequest.Complainant(rs.getString("complainant_name"), rs.getString("complainant_credit_code"),
                        rs.getString("complainant_size_class"), rs.getString("complainant_contact_name"),
                        rs.getString("complainant_contact_phone"), rs.getString("complainant_contact_email"),
                        rs.getString("complainant_address")),
                new ComplaintRequest.Respondent(rs.getString("respondent_name"), rs.getString("respondent_credit_code"),
                        rs.getString("respondent_type"), rs.getString("respondent_region"), rs.getString("respondent_address"),
                        rs.getString("respondent_contact_name"), rs.getString("respondent_contact_phone")),
                rs.getBigDecimal("amount_owed"),
                rs.getBigDecimal("amount_recovered"),
                rs.getString("contract_no"),
                rs.getObject("contract_date", java.time.LocalDate.class),
                rs.getObject("payment_due_date", java.time.LocalDate.class),
                rs.getString("description"),
                rs.getBoolean("in_litigation"),
                rs.getString("outcome"),
                rs.getBoolean("promise_pending"));
    }
}
