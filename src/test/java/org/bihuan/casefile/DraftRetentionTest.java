package org.bihuan.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bihuan.support.EngineClock;
import org.bihuan.support.LifecycleScenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A draft lives 30 days (bihuan.drafts.retention) from its last change; the sweep deletes it with its files. */
class DraftRetentionTest extends LifecycleScenario {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CaseDrafts drafts;
    @Autowired
    ObjectMapper json;

    /** the scheduled sweep as it runs in the application (tests switch its schedule off and run it after moving the clock) */
    private DraftCleanup cleanup;

    @org.junit.jupiter.api.BeforeEach
    void sweep() {
        cleanup = new DraftCleanup(drafts);
    }

    @Test
    void aDraftUntouchedFor30DaysIsDeletedWithItsFilesAndOneTouched29DaysAgoStays() {
        Instant start = MONDAY_2_MARCH_0900;
        Draft forgotten = drafts.create(user("ent-a"), CaseType.COMPLAINT, data("forgotten"));
        drafts.addFile(user("ent-a"), forgotten.id(), "contract.pdf", PDF);
        Draft kept = drafts.create(user("ent-a"), CaseType.COMPLAINT, data("kept"));
        drafts.addFile(user("ent-a"), kept.id(), "contract.pdf", PDF);
        EngineClock.set(start.plus(Duration.ofDays(1)));
        drafts.update(user("ent-a"), kept.id(), data("kept, changed a day later"));

        EngineClock.set(start.plus(Duration.ofDays(30)));
        cleanup.deleteExpired();

        assertThatThrownBy(() -> drafts.get(user("ent-a"), forgotten.id())).hasMessageContaining("no draft");
        assertThat(filesOf(forgotten.id())).isZero();
        Draft stays = drafts.get(user("ent-a"), kept.id());
        assertThat(stays.data().get("description").asText()).isEqualTo("kept, changed a day later");
        assertThat(stays.files()).hasSize(1);
        assertThat(stays.expiresAt()).isEqualTo(start.plus(Duration.ofDays(31)));

        EngineClock.set(start.plus(Duration.ofDays(31)));
        cleanup.deleteExpired();

        assertThatThrownBy(() -> drafts.get(user("ent-a"), kept.id())).hasMessageContaining("no draft");
        assertThat(filesOf(kept.id())).isZero();
    }

    @Test
    void addingOrRemovingAFileIsAChangeThatRestartsTheDraftsTime() {
        Instant start = MONDAY_2_MARCH_0900;
        Draft draft = drafts.create(user("ent-a"), CaseType.COMPLAINT, data("with files"));
        EngineClock.set(start.plus(Duration.ofDays(20)));
        DraftFile file = drafts.addFile(user("ent-a"), draft.id(), "contract.pdf", PDF);
        EngineClock.set(start.plus(Duration.ofDays(40)));
        drafts.removeFile(user("ent-a"), draft.id(), file.id());

        EngineClock.set(start.plus(Duration.ofDays(69)));
        cleanup.deleteExpired();

        assertThat(drafts.get(user("ent-a"), draft.id()).updatedAt()).isEqualTo(start.plus(Duration.ofDays(40)));
    }

    private ObjectNode data(String description) {
        return json.createObjectNode().put("description", description);
    }

    private long filesOf(long draftId) {
        return jdbc.sql("select count(*) from case_draft_file where draft_id = ?").param(draftId).query(Long.class).single();
    }
}
