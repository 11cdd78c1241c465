package org.bihuan.identity;

import org.bihuan.support.EngineClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The unauthenticated sign-up and link endpoints answer 429 with Retry-After once an address asks too often. */
class PortalRateLimitApiTest extends EnterpriseAccountScenario {

    /** bihuan.accounts.rate-limit defaults */
    private static final int REQUESTS = 20;
    private static final Duration WINDOW = Duration.ofMinutes(10);

    @Test
    void anAddressOverTheLimitIsToldWhenToComeBackWhileOthersGoOn() {
        Caller flooding = anonymousFrom(newFirm().clientAddress());
        for (int i = 0; i < REQUESTS; i++) {
            assertThat(flooding.get("/api/portal/register/confirm?token=guess-" + i).status()).isEqualTo(400);
        }

        Reply limited = flooding.post("/api/portal/invitations/accept", Map.of("token", "guess", "username", "abc",
                "password", STRONG_PASSWORD));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(limited.headers().getFirst("Retry-After"));
        assertThat(retryAfter).isBetween(1L, WINDOW.toSeconds());
        assertThat(anonymousFrom(newFirm().clientAddress()).get("/api/portal/register/confirm?token=x").status())
                .as("another address").isEqualTo(400);
        assertThat(as("ent-a").get("/api/me").status()).as("signed-in work is not limited").isEqualTo(200);

        EngineClock.set(EngineClock.now().plusSeconds(retryAfter));

        assertThat(flooding.get("/api/portal/register/confirm?token=again").status()).isEqualTo(400);
    }
}
