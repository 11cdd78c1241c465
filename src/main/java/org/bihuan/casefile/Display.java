package org.bihuan.casefile;

import org.bihuan.export.TableExport;

import java.time.Instant;
import java.time.ZoneId;

/** How instants are written for people (notices, letters): local office time, minutes, no zone suffix. */
public final class Display {

    private Display() {
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return TableExport.dateTime(instant, zone);
    }
}
