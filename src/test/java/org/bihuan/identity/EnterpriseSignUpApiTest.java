package org.bihuan.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.support.EngineClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An enterprise opens its own account: sign-up, the mailed link, and what is refused. */
class EnterpriseSignUpApiTest extends EnterpriseAccountScenario {

    @Test
    void anEnterpriseThatSignedUpAndFollowedTheMailedLinkSignsInAndFilesAComplaintMarkedUnverified() {
        Firm firm = newFirm();

        Reply signedUp = signUp(firm, signUpForm(firm));

        assertThat(signedUp.status()).as(signedUp.text()).isEqualTo(202);
        assertThat(signedUp.json().get("username").asText()).isEqualTo(firm.username());
        assertThat(as(firm.username(), STRONG_PASSWORD).get("/api/me").status())
                .as("the account does not work before the link is followed").isEqualTo(401);
        List<String> mails = mailsTo(firm.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0)).contains(firm.name(), firm.username(), "/portal/register/confirm?token=");
        assertThat(rows("select count(*) from account_token where credit_code = ? and token_hash = ?",
                firm.creditCode(), AccountTokens.hash(tokenMailedTo(firm.email()))))
                .as("the token is stored as its hash").isEqualTo(1);
        assertThat(rows("select count(*) from account_token where token_hash = ?", tokenMailedTo(firm.email()))).isZero();

        Reply confirmed = anonymousFrom(firm.clientAddress())
                .get("/api/portal/register/confirm?token=" + tokenMailedTo(firm.email()));

        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        JsonNode me = as(firm.username(), STRONG_PASSWORD).get("/api/me").json();
        assertThat(me.get("username").asText()).isEqualTo(firm.username());
        assertThat(me.get("creditCode").asText()).isEqualTo(firm.creditCode());
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("ENTERPRISE");
        JsonNode enterprise = as(firm.username(), STRONG_PASSWORD).get("/api/portal/enterprise").json();
        assertThat(enterprise.get("verification").asText()).isEqualTo("UNVERIFIED");
        assertThat(enterprise.get("youAdminister").asBoolean()).isTrue();

        String caseNo = fileComplaintAs(firm.username(), firm);

        JsonNode seenByIntake = as("intake").get("/api/complaints/" + caseNo).json();
        assertThat(seenByIntake.get("complainantVerified").asBoolean()).isFalse();
        assertThat(seenByIntake.get("complainantVerification").asText()).isEqualTo("UNVERIFIED");
        assertThat(listedVerified("intake", caseNo)).isFalse();
        assertThat(as(firm.username(), STRONG_PASSWORD).get("/api/complaints/" + caseNo).json()
                .get("complainantVerified").asBoolean()).as("the enterprise sees its own mark").isFalse();
    }

    @Test
    void aDemoEnterpriseIsVerifiedSoItsComplaintsCarryNoMark() {
        String caseNo = fileComplaint();

        assertThat(as("intake").get("/api/complaints/" + caseNo).json().get("complainantVerified").asBoolean()).isTrue();
        assertThat(listedVerified("intake", caseNo)).isTrue();
    }

    @ParameterizedTest(name = "{0} = ''{1}'' is refused")
    @CsvSource(delimiter = '|', value = {
            "creditCode   | 91330100MA2X7K1L1A          | is not a valid unified social credit code",
            "password     | short-pw                    | at least 10 characters",
            "password     | qwertyuiop                  | most common passwords",
            "password     | password2024!               | most common passwords",
            "password     | {username}-Secret-99        | must not be or contain the username",
            "contactPhone | 0571-88000000               | mainland China mobile number",
            "sizeClass    | LARGE                       | must be one of MEDIUM, SMALL, MICRO",
            "username     | a                           | must be 3 to 64"})
    void aSignUpBreakingARuleIsRefusedNamingTheFieldAndStoresNothing(String field, String value, String message) {
        Firm firm = newFirm();
        Map<String, String> form = signUpForm(firm);
        form.put(field, value.replace("{username}", firm.username().toUpperCase()));

        Reply refused = signUp(firm, form);

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly(field);
        assertThat(refused.json().at("/errors/0/message").asText()).contains(message);
        assertNothingStoredFor(firm);
    }

    @Test
    void aLicenceThatIsNotAPdfJpegOrPngByItsContentIsRefusedOnTheLicenceField() {
        Firm firm = newFirm();

        Reply refused = anonymousFrom(firm.clientAddress()).postForm("/api/portal/register", signUpForm(firm),
                "licence", "licence.pdf", MediaType.APPLICATION_PDF, "just text".getBytes(StandardCharsets.UTF_8));
        Reply missing = anonymousFrom(firm.clientAddress()).postForm("/api/portal/register", signUpForm(firm),
                null, null, null, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("licence");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("licence");
        assertNothingStoredFor(firm);
    }

    @Test
    void aSecondSignUpForACreditCodeThatHasAnAccountIsToldToAskItsAdministrator() {
        Firm first = signedUpAndConfirmed();
        Firm second = newFirm();
        Map<String, String> sameCode = signUpForm(second);
        sameCode.put("creditCode", first.creditCode());

        Reply refused = signUp(second, sameCode);

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("creditCode");
        String message = refused.json().at("/errors/0/message").asText();
        assertThat(message).contains("ask the administrator", "林**");
        assertThat(refused.text()).doesNotContain(first.email(), "13912345678", first.username());
        assertThat(rows("select count(*) from app_user where username = ?", second.username())).isZero();
        assertThat(mailsTo(second.email())).isEmpty();
    }

    @Test
    void theConfirmationLinkWorksOnceAndAnUnknownLinkAnswersTheSame() {
        Firm firm = newFirm();
        signUp(firm, signUpForm(firm));
        String token = tokenMailedTo(firm.email());
        Caller client = anonymousFrom(firm.clientAddress());
        assertThat(client.get("/api/portal/register/confirm?token=" + token).status()).isEqualTo(200);

        Reply reused = client.get("/api/portal/register/confirm?token=" + token);
        Reply unknown = client.post("/api/portal/register/confirm", Map.of("token", "no-such-token"));

        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.errorFields()).containsExactly("token");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors")).isEqualTo(reused.json().get("errors"));
    }

    @Test
    void anExpiredConfirmationLinkAnswersLikeAnUnknownOneAndNoLongerHoldsTheCreditCode() {
        Firm firm = newFirm();
        signUp(firm, signUpForm(firm));
        String token = tokenMailedTo(firm.email());
        Reply unknown = anonymousFrom(firm.clientAddress()).get("/api/portal/register/confirm?token=unknown");

        EngineClock.set(EngineClock.now().plus(Duration.ofHours(48)).plusSeconds(1));
        Reply expired = anonymousFrom(firm.clientAddress()).get("/api/portal/register/confirm?token=" + token);

        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.json().get("errors")).isEqualTo(unknown.json().get("errors"));
        assertThat(as(firm.username(), STRONG_PASSWORD).get("/api/me").status()).isEqualTo(401);
        Reply again = signUp(firm, signUpForm(firm));
        assertThat(again.status()).as("the same firm signs up anew: %s", again.text()).isEqualTo(202);
        assertThat(anonymousFrom(firm.clientAddress())
                .get("/api/portal/register/confirm?token=" + tokenMailedTo(firm.email())).status()).isEqualTo(200);
    }

    @Test
    void aSignUpWithAnEMailThatAnotherAccountUsesLooksLikeAnyOther() {
        Firm first = signedUpAndConfirmed();
        Firm second = newFirm();
        Map<String, String> sameMail = signUpForm(second);
        sameMail.put("contactEmail", first.email());

        Reply signedUp = signUp(second, sameMail);

        assertThat(signedUp.status()).as(signedUp.text()).isEqualTo(202);
        assertThat(signedUp.text()).doesNotContain(first.username(), first.creditCode());
    }

    private boolean listedVerified(String username, String caseNo) {
        for (JsonNode item : as(username).get("/api/complaints?size=200&q=" + caseNo).json().get("items")) {
            if (item.get("trackingNo").asText().equals(caseNo)) {
                return item.get("complainantVerified").asBoolean();
            }
        }
        throw new AssertionError(caseNo + " is not in " + username + "'s list");
    }

    private void assertNothingStoredFor(Firm firm) {
        assertThat(rows("select count(*) from app_user where username = ?", firm.username())).isZero();
        assertThat(rows("select count(*) from enterprise where credit_code = ?", firm.creditCode())).isZero();
        assertThat(rows("select count(*) from enterprise_licence where credit_code = ?", firm.creditCode())).isZero();
        assertThat(rows("select count(*) from account_token where credit_code = ?", firm.creditCode())).isZero();
        assertThat(mailsTo(firm.email())).isEmpty();
    }
}
