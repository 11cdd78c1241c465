package org.bihuan.casefile;

import java.time.Instant;

/** One entry of a case's audit trail. {@code actor} is a username, or {@code system} for the engine's own steps. */
public record TimelineEvent(Instant at, String type, String actor, String note) {
}
