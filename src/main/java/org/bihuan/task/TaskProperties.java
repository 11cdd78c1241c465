package org.bihuan.task;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The officials' workbench: how far ahead "due soon" looks, how much one request may ask for, and how often
 * absences are started and ended.
 *
 * @param dueSoonWorkingDays    a task is due soon when at most this many working days are left (the header badge)
 * @param maxPageSize           the most rows one inbox page holds (also the default, as the list had before paging)
 * @param searchMaxCases        the most cases a search by number or party name narrows the inbox to
 * @param batchMaxItems         the most completions one batch carries
 * @param noteMaxLength         the longest note a handover or an absence carries
 * @param draftMaxChars         the largest form draft kept, as JSON characters
 * @param absenceCheckInterval  how often absences are started and ended (stand-ins take and give back tasks)
 */
@ConfigurationProperties("bihuan.tasks")
record TaskProperties(
        @DefaultValue("3") int dueSoonWorkingDays,
        @DefaultValue("500") int maxPageSize,
        @DefaultValue("500") int searchMaxCases,
        @DefaultValue("100") int batchMaxItems,
        @DefaultValue("2000") int noteMaxLength,
        @DefaultValue("100000") int draftMaxChars,
        @DefaultValue("PT15M") Duration absenceCheckInterval) {

    TaskProperties {
        if (dueSoonWorkingDays < 0) {
            throw new IllegalArgumentException("bihuan.tasks.due-soon-working-days must not be negative");
        }
        if (maxPageSize < 1 || searchMaxCases < 1 || batchMaxItems < 1 || noteMaxLength < 1 || draftMaxChars < 1) {
            throw new IllegalArgumentException("bihuan.tasks.* limits must be at least 1");
        }
    }
}
