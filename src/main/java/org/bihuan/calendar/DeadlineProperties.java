package org.bihuan.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code bihuan.deadlines.<lifecycle>.<name>=<expression>}, e.g. {@code bihuan.deadlines.complaint.accept=10WD}.
 * The prefix itself is the map, so that a new lifecycle needs configuration only, no new field.
 */
@ConfigurationProperties("bihuan.deadlines")
class DeadlineProperties extends LinkedHashMap<String, Map<String, String>> {

    DeadlineProperties() {
    }

    DeadlineProperties(Map<String, Map<String, String>> lifecycles) {
        putAll(lifecycles);
    }
}
