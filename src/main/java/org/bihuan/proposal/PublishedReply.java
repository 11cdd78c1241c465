package org.bihuan.proposal;

import java.time.Instant;

/**
 * What the public sees of a published reply (公开答复): the proposers by name only, the lead unit by name, the
 * reply and its class; no contact details, no internal notes.
 */
public record PublishedReply(String proposalNo, int sessionYear, String title, String category, String proposers,
                             String leadUnit, String replyClass, String replyText, Instant repliedAt) {
}
