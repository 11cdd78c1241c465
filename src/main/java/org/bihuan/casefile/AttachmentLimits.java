package org.bihuan.casefile;

import java.util.List;

/** The largest file accepted, in bytes, and the content types accepted (judged by content, not by name). */
public record AttachmentLimits(long maxFileSizeBytes, List<String> allowedContentTypes) {
}
