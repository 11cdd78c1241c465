package org.bihuan.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Set;

/** The 督办 ladder as configured under {@code bihuan.escalation} (see application.yaml for the meaning of each key). */
@ConfigurationProperties("bihuan.escalation")
record EscalationProperties(String issuer, List<Level> levels) {

    static final Set<String> RECIPIENTS = Set.of("RESPONSIBLE", "UNIT_HEAD", "SUPERVISORS");
    static final Set<String> ACTS = Set.of("NONE", "SUPERVISE", "UNIT_RESPONSE", "SUMMONS");

    EscalationProperties {
        if (levels == null || levels.isEmpty()) {
            throw new IllegalStateException("bihuan.escalation.levels: at least one level is needed");
        }
        issuer = issuer == null || issuer.isBlank() ? "督办部门" : issuer;
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            String at = "bihuan.escalation.levels[" + i + "]";
            if (level.name() == null || level.name().isBlank() || level.template() == null || level.trigger() == null) {
                throw new IllegalStateException(at + ": name, trigger and template are required");
            }
            if (!ACTS.contains(level.act())) {
                throw new IllegalStateException(at + ".act must be one of " + ACTS + ", not " + level.act());
            }
            if (level.recipients() == null || !RECIPIENTS.containsAll(level.recipients())) {
                throw new IllegalStateException(at + ".recipients must be among " + RECIPIENTS + ", not " + level.recipients());
            }
        }
    }

    record Level(String name, String label, String trigger, List<String> recipients, String template, String supervisorTemplate,
                 boolean marksOverdue, boolean letter, boolean publicNotice, String act) {

        Level {
            act = act == null ? "NONE" : act;
            label = label == null ? name : label;
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }

        boolean before() {
            return trigger.startsWith("-");
        }

        boolean needsHumanAct() {
            return !"NONE".equals(act);
        }
    }
}
