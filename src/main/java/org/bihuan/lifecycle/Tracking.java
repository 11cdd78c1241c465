package org.bihuan.lifecycle;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A case type that can be followed without an account ({@link PublicTracking}) says here what proves the asker knows
 * the case, and which of its steps may be named in public.
 *
 * @param proofPhone  the phone number whose last four digits, with the case number, prove it (for a complaint: the
 *                    contact phone the complainant gave); empty when the case has none
 * @param publicSteps the user task keys that may be shown as the current step; any other open step (an internal one,
 *                    such as a unit's extension request waiting for the supervisor) is not named
 */
public record Tracking(Function<String, Optional<String>> proofPhone, Set<String> publicSteps) {

    public Tracking {
        publicSteps = Set.copyOf(publicSteps);
    }
}
