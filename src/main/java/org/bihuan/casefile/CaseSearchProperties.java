package org.bihuan.casefile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bihuan.search.*}.
 *
 * @param exportMaxRows the most cases one export writes; a larger result is refused so the export is always the
 *                      whole search result, never a silently cut one
 */
@ConfigurationProperties("bihuan.search")
record CaseSearchProperties(@DefaultValue("10000") int exportMaxRows) {
}
