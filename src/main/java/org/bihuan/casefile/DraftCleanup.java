package org.bihuan.casefile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sweeps expired drafts away on every node (the delete is idempotent, so nodes may race harmlessly); tests switch
 * it off and call {@link CaseDrafts#deleteExpired()} after moving the clock.
 */
@Component
@ConditionalOnProperty(name = "bihuan.drafts.cleanup-enabled", havingValue = "true", matchIfMissing = true)
class DraftCleanup {

    private static final Logger log = LoggerFactory.getLogger(DraftCleanup.class);

    private final CaseDrafts drafts;

    DraftCleanup(CaseDrafts drafts) {
        this.drafts = drafts;
    }

    @Scheduled(fixedDelayString = "${bihuan.drafts.cleanup-interval:PT1H}", initialDelayString = "${bihuan.drafts.cleanup-interval:PT1H}")
    void deleteExpired() {
        int deleted = drafts.deleteExpired();
        if (deleted > 0) {
            log.info("deleted {} draft(s) not changed for the retention period", deleted);
        }
    }
}
