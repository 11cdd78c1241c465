package org.bihuan.supervision;

import org.bihuan.calendar.DeadlineExpression;
import org.bihuan.calendar.Deadlines;
import org.bihuan.casefile.CaseType;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a step stands on the configured ladder: which level comes next and when. A level before the
 * deadline (a warning) whose moment has already passed is skipped — a late warning warns of nothing;
 * a level after the deadline is never skipped, its timer simply fires at once.
 */
@Component
class EscalationLadder {

    private final EscalationProperties properties;
    private final Deadlines deadlines;

    EscalationLadder(EscalationProperties properties, Deadlines deadlines) {
        this.properties = properties;
        this.deadlines = deadlines;
        // fail at start, not at the first overdue step, if a trigger cannot be read
        for (EscalationProperties.Level level : properties.levels()) {
            String trigger = level.trigger().trim();
            if (trigger.startsWith("-")) {
                for (CaseType type : CaseType.values()) {
                    deadlines.expression(type.deadlineScope() + "." + trigger.substring(1));
                }
            } else {
                String after = trigger.startsWith("+") ? trigger.substring(1) : trigger;
                if (!after.equals("0")) {
                    DeadlineExpression.parse(after);
                }
            }
        }
    }

    Optional<Planned> next(int afterIndex, CaseType type, Instant due, Instant now) {
        List<EscalationProperties.Level> levels = properties.levels();
        for (int i = afterIndex + 1; i < levels.size(); i++) {
            EscalationProperties.Level level = levels.get(i);
            Instant at = triggerAt(level, type, due);
            if (level.before() && !at.isAfter(now)) {
                continue;
            }
            return Optional.of(new Planned(i, level, at));
        }
        return Optional.empty();
    }

    EscalationProperties.Level level(String name) {
        return properties.levels().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no escalation level " + name));
    }

    List<EscalationProperties.Level> levels() {
        return properties.levels();
    }

    String issuer() {
        return properties.issuer();
    }

    Instant triggerAt(EscalationProperties.Level level, CaseType type, Instant due) {
        String trigger = level.trigger().trim();
        if (trigger.startsWith("-")) {
            return deadlines.before(type.deadlineScope() + "." + trigger.substring(1), due);
        }
        String after = trigger.startsWith("+") ? trigger.substring(1) : trigger;
        if (after.equals("0")) {
            return due;
        }
        return deadlines.apply(DeadlineExpression.parse(after), due);
    }

    record Planned(int index, EscalationProperties.Level level, Instant at) {
    }
}
