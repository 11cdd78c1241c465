package org.bihuan.web.proposal;

import org.bihuan.casefile.TimelineEvent;
import org.bihuan.web.PageLabels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A proposal's timeline as its member reads it: each entry in plain words of the page's language, by its type — a
 * status change by the status it set ({@code timeline.STATUS}), a finished step by the step's label
 * ({@code timeline.step}), any other event by {@code timeline.PROPOSAL.<TYPE>}. Notes are left out (they are the
 * office's working text, in Chinese, and may name people); so are entries with no wording (the office's internal
 * escalations, whose levels are configuration).
 */
@Component
class ProposalTimeline {

    static final String CASE_TYPE = "PROPOSAL";

    private final MessageSource messages;
    private final PageLabels labels;

    ProposalTimeline(MessageSource messages, PageLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    record Line(Instant at, String text) {
    }

    List<Line> lines(List<TimelineEvent> timeline) {
        return timeline.stream().map(this::line).filter(Objects::nonNull).toList();
    }

    private Line line(TimelineEvent event) {
        String text;
        if ("STATUS".equals(event.type())) {
            text = labels.message("timeline.STATUS", labels.status(CASE_TYPE, event.note()));
        } else if (wording("step." + CASE_TYPE + "." + event.type()) != null) {
            text = labels.message("timeline.step", labels.step(CASE_TYPE, event.type()));
        } else {
            text = wording("timeline." + CASE_TYPE + "." + event.type());
        }
        return text == null ? null : new Line(event.at(), text);
    }

    private String wording(String key) {
        return messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
    }
}
