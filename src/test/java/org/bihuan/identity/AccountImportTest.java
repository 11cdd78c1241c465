package org.bihuan.identity;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.support.PostgresIntegrationTest;
import org.bihuan.support.TestUsers;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Account imports as offices have them: CSV in UTF-8 or as Excel saves it on a Chinese system (GB 18030), XLSX, Chinese
 * column names and role names; the dry run names every line's problems and stores nothing; the import creates the good
 * lines only, checked again.
 */
class AccountImportTest extends PostgresIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void demoAccounts() {
        TestUsers.ensure(jdbc);
    }

    @Test
    void aGbkCsvWithChineseColumnsAndRoleNamesIsReadLineByLine() {
        String a = name();
        String b = name();
        String csv = "用户名,姓名,电子邮箱,手机,角色,单位代码,单位负责人\n"
                + a + ",张委员," + a + "@cppcc.example,13900000001,政协委员,,\n"
                + b + ",李科长," + b + "@office.example,,承办单位人员;督查人员,CZJ,是\n";

        AccountImport.Check check = accounts.checkImport(csv.getBytes(Charset.forName("GB18030")));

        assertThat(check.bad()).isZero();
        assertThat(check.lines()).extracting(l -> l.line().number()).containsExactly(2, 3);
        AccountRequest second = check.lines().get(1).line().request();
        assertThat(second.displayName()).isEqualTo("李科长");
        assertThat(second.roles()).containsExactly("UNIT", "SUPERVISOR");
        assertThat(second.unitHead()).isTrue();
        assertThat(accounts.find(a)).as("a dry run stores nothing").isEmpty();
    }

    @Test
    void anXlsxOfAUnitsStaffIsImportedWithoutItsBadLineWhichIsNamed() throws IOException {
        String good = name();
        String taken = "unit-a";
        String badEmail = name();
        byte[] xlsx = workbook(List.of(
                List.of("username", "displayName", "email", "roles", "unitCode"),
                List.of(good, "Good Official", good + "@office.example", "UNIT", "GZW"),
                List.of(taken, "Taken Name", "x@office.example", "UNIT", "GZW"),
                List.of(badEmail, "Bad Mail", "no-at-sign", "UNIT", "NOSUCHUNIT")));

        AccountImport.Check check = accounts.checkImport(xlsx);
        assertThat(check.lines()).extracting(l -> l.line().number()).containsExactly(2, 3, 4);
        assertThat(check.lines().get(1).problems()).extracting(Violation::field).containsExactly("username");
        assertThat(check.lines().get(2).problems()).extracting(Violation::field).containsExactly("email", "unitCode");

        AccountImport.Result result = accounts.importGood(check.lines().stream().map(AccountImport.Checked::line).toList());

        assertThat(result.created()).containsExactly(good);
        assertThat(result.leftOut()).extracting(l -> l.line().number()).containsExactly(3, 4);
        assertThat(accounts.get(good).unitCode()).isEqualTo("GZW");
        assertThat(accounts.find(badEmail)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'user.imported' and subject_id = ?")
                .param(good).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aNameTwiceInTheFileAndAFileWithoutTheColumnsAreRefused() {
        String twice = name();
        String csv = "username,displayName,email,roles\n" + twice + ",A," + twice + "@x.example,MEMBER\n"
                + twice + ",B," + twice + "b@x.example,MEMBER\n";
        AccountImport.Check check = accounts.checkImport(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(check.lines().get(0).good()).isTrue();
        assertThat(check.lines().get(1).problems()).extracting(Violation::message).containsExactly("is named twice in the file");

        InvalidRequestException noColumns = catchThrowableOfType(InvalidRequestException.class,
                () -> accounts.checkImport("name,mail\nA,a@x.example\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(noColumns.violations()).extracting(Violation::field).containsExactly("file");
        InvalidRequestException enterprise = catchThrowableOfType(InvalidRequestException.class,
                () -> accounts.create(new AccountRequest(name(), "E", "e@x.example", null, List.of("ENTERPRISE"), null, false)));
        assertThat(enterprise.violations()).extracting(Violation::message).containsExactly("enterprise accounts sign up themselves");
    }

    private static String name() {
        return "imp" + SEQUENCE.incrementAndGet();
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("accounts");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r, c, rows.get(r).get(c));
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
