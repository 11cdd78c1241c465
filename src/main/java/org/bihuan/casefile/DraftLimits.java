package org.bihuan.casefile;

import java.util.List;

/**
 * What a draft may hold, for a page to state before the user types or uploads: the largest file, the accepted
 * content types (judged by content), how many files, how many characters of form data, and after how many whole
 * days without a change a draft is deleted.
 */
public record DraftLimits(long maxFileSizeBytes, List<String> allowedContentTypes, int maxFiles, int maxDataChars,
                          long retentionDays) {
}
