package org.bihuan.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDateTime;

/**
 * What an intake clerk files for an enterprise whose complaint came by phone, e-mail, letter, in person or from a
 * hotline ({@code POST /api/complaints/on-behalf}).
 *
 * @param channel    how it arrived
 * @param receivedAt when it arrived, office local time: the acceptance clock counts from then; not in the future
 * @param complaint  the complaint as the enterprise gave it; its contact gets the notices (it may have no account)
 */
record OnBehalfComplaintRequest(
        @NotBlank @Pattern(regexp = OnBehalfComplaintRequest.CHANNEL_CODES,
                message = "must be one of PHONE, EMAIL, LETTER, WALK_IN, HOTLINE_12345, HOTLINE_96611") String channel,
        @NotNull LocalDateTime receivedAt,
        @NotNull @Valid ComplaintRequest complaint) {

    /** The channels besides the portal (casefile's {@code CaseChannel} without {@code WEB}). */
    static final String CHANNEL_CODES = "PHONE|EMAIL|LETTER|WALK_IN|HOTLINE_12345|HOTLINE_96611";
}
