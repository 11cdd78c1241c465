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
        @DefaultValue("10MB") DataSize licenceMaxSize,
        @DefaultValue("10") int passwordMinLength,
        @DefaultValue RateLimit rateLimit) {

    AccountProperties {
        if (!confirmationLink.contains("{token}") || !invitationLink.contains("{token}")) {
            throw new IllegalArgumentException("bihuan.accounts.confirmation-link and invitation-link must contain {token}");
        }
        if (confirmationValidity.isNegative() || confirmationValidity.isZero()
                || invitationValidity.isNegative() || invitationValidity.isZero()) {
            throw new IllegalArgumentException("bihuan.accounts.*-validity must be positive");
        }
    }

    String confirmationUrl(String token) {
        return link(confirmationLink, token);
    }

    String invitationUrl(String token) {
        return link(invitationLink, token);
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
                    "/portal/invitation/**"}) List<String> paths) {

        RateLimit {
            if (requests < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("bihuan.accounts.rate-limit needs requests >= 1 and a positive window");
            }
        }
    }
}
