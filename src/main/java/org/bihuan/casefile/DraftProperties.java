package org.bihuan.casefile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a draft is kept after its last change, how many files it may hold, how much form data, and how often
 * the expired ones are swept away.
 */
@ConfigurationProperties("bihuan.drafts")
record DraftProperties(
        @DefaultValue("P30D") Duration retention,
        @DefaultValue("20") int maxFiles,
        @DefaultValue("100000") int maxDataChars,
        @DefaultValue("PT1H") Duration cleanupInterval) {

    /** the data column's width (V13); a larger setting could never be stored */
    static final int DATA_COLUMN_CHARS = 400_000;

    DraftProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("bihuan.drafts.retention must be positive");
        }
        if (maxFiles < 0) {
            throw new IllegalArgumentException("bihuan.drafts.max-files must be 0 or more");
        }
        if (maxDataChars < 2 || maxDataChars > DATA_COLUMN_CHARS) {
            throw new IllegalArgumentException("bihuan.drafts.max-data-chars must be between 2 and " + DATA_COLUMN_CHARS);
        }
    }
}
