package org.bihuan.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * Enterprise sign-up and staff accounts.
 *
 * @param baseUrl              where people reach the application; the links in mails start with it
 * @param confirmationLink     the path of the page that confirms a sign-up, with {@code {token}}
 * @param invitationLink       the path of the page where an invited colleague sets username and password
 * @param confirmationValidity how long a sign-up's confirmation link works
 * @param invitationValidity   how long an invitation link works
 * @param passwordLink         the path of the page where an account an administrator created or reset sets its password
 * @param passwordLinkValidity how long that link works
 * @param importMaxLines       the most accounts one import file may hold
 * @param licenceMaxSize       the largest business licence scan accepted
 * @param passwordMinLength    the shortest password accepted
 * @param rateLimit            the limit on unauthenticated sign-up and invitation requests per client address
 */
@ConfigurationProperties("bihuan.accounts")
record AccountProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("/portal/register/confirm?token={token}") String confirmationLink,
        @DefaultValue("/portal/invitation?token={token}") String invitationLink,
        @DefaultValue("PT48H") Duration confirmationValidity,
        @DefaultValue("PT48H") Duration invitationValidity,
        @DefaultValue("/account/password?token={token}") String passwordLink,
        @DefaultValue("PT72H") Duration passwordLinkValidity,
        @DefaultValue("2000") int importMaxLines,
        @DefaultValue("10MB") DataSize licenceMaxSize,
        @DefaultValue("10") int passwordMinLength,
        @DefaultValue RateLimit rateLimit) {

    AccountProperties {
        if (!confirmationLink.contains("{token}") || !invitationLink.contains("{token}") || !passwordLink.contains("{token}")) {
            throw new IllegalArgumentException("bihuan.accounts.confirmation-link, invitation-link and password-link must contain {token}");
        }
        if (importMaxLines < 1) {
            throw new IllegalArgumentException("bihuan.accounts.import-max-lines must be at least 1");
        }
        if (confirmationValidity.isNegative() || confirmationValidity.isZero()
                || invitationValidity.isNegative() || invitationValidity.isZero()
                || passwordLinkValidity.isNegative() || passwordLinkValidity.isZero()) {
            throw new IllegalArgumentException("bihuan.accounts.*-validity must be positive");
        }
    }

    String confirmationUrl(String token) {
        return link(confirmationLink, token);
    }

    String invitationUrl(String token) {
        return link(invitationLink, token);
    }

    String passwordUrl(String token) {
        return link(passwordLink, token);
    }

    private String link(String path, String token) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path.replace("{token}", token);
    }

    /**
     * @param requests how many requests one client address may make to {@code paths} within {@code window}
     * @param paths    the unauthenticated paths the limit guards (path patterns)
     */
    record RateLimit(
            @DefaultValue("20") int requests,
            @DefaultValue("PT10M") Duration window,
            @DefaultValue({"/api/portal/register/**", "/api/portal/invitations/**", "/portal/register/**",
                    "/portal/invitation/**", "/account/password/**"}) List<String> paths) {

        RateLimit {
            if (requests < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("bihuan.accounts.rate-limit needs requests >= 1 and a positive window");
            }
        }
    }
}
