package org.bihuan.complaint;

import org.bihuan.calendar.DeadlineExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bihuan.intake.*}: filing on an enterprise's behalf.
 *
 * @param backdateWithoutConfirmation how far back a clerk may date a receipt alone; a receipt further back waits for a
 *                                    supervisor's confirmation ({@code confirmBackdate}) before acceptance review
 */
@ConfigurationProperties("bihuan.intake")
record IntakeProperties(@DefaultValue("2WD") String backdateWithoutConfirmation) {

    IntakeProperties {
        try {
            DeadlineExpression.parse(backdateWithoutConfirmation);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("bihuan.intake.backdate-without-confirmation: " + e.getMessage(), e);
        }
    }

    DeadlineExpression backdateLimit() {
        return DeadlineExpression.parse(backdateWithoutConfirmation);
    }
}
