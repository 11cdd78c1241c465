package org.bihuan.identity;

import org.bihuan.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(new AccountProperties("http://localhost", "/c?token={token}",
            "/i?token={token}", Duration.ofHours(48), Duration.ofHours(48), "/p?token={token}", Duration.ofHours(72), 2000,
            DataSize.ofMegabytes(10),
            10, new AccountProperties.RateLimit(20, Duration.ofMinutes(10), List.of("/x/**"))));

    @Test
    void aLongUncommonPasswordWithoutTheUsernameIsAccepted() {
        assertThat(policy.check("password", "Lantern-Harbour-42", "wang")).isEmpty();
        assertThat(policy.check("password", "长城脚下的小桥流水人家", "wang")).as("ten Chinese characters").isEmpty();
    }

    @Test
    void nineCharactersAreTooShort() {
        assertThat(message("Abcdefgh9", "wang")).contains("at least 10 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wang-secret-2026", "My-WANG-pass-2026", "Lantern-Wang-Harbour"})
    void aPasswordContainingTheUsernameInAnyCaseIsRefused(String password) {
        assertThat(message(password, "wang")).contains("must not be or contain the username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "QWERTYUIOP", "basketball", "password12345", "Sunshine2026!", "iloveyou!!!!"})
    void aCommonPasswordOrOneWithDigitsAddedIsRefused(String password) {
        assertThat(message(password, "wang")).contains("most common passwords");
    }

    @Test
    void bcryptsLimitOf72BytesIsSaidRatherThanCutSilently() {
        assertThat(message("密".repeat(25), "wang")).contains("at most 72 bytes");
    }

    @Test
    void theListShipsWithTheApplicationWithItsSourceNamed() throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("public domain", "john-data");
            assertThat(text.lines().filter(line -> !line.startsWith("#!comment:")).count()).isGreaterThan(1000);
        }
    }

    private String message(String password, String username) {
        return policy.check("password", password, username).map(Violation::message).orElse("accepted");
    }
}
