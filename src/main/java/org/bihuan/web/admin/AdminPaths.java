package org.bihuan.web.admin;

import java.util.List;

/**
 * The administration's places, as its own navigation (admin/fragments :: adminNav) and the start page link them.
 * {@code /admin/import} and {@code /admin/sessions} are the legacy import's and the CPPCC sessions' pages.
 */
public final class AdminPaths {

    static final String HOME = "/admin";
    static final String UNITS = "/admin/units";
    static final String USERS = "/admin/users";
    static final String REGIONS = "/admin/regions";
    static final String CALENDAR = "/admin/calendar";
    static final String NOTIFICATIONS = "/admin/notifications";
    static final String AUDIT = "/admin/audit";
    static final String IMPORT = "/admin/import";
    static final String SESSIONS = "/admin/sessions";
    static final String CAMUNDA_ADMIN = "/camunda/app/admin/";
    static final String COCKPIT = "/camunda/app/cockpit/";

    /** A section of the administration: its text is {@code admin.nav.<key>}, its hint {@code admin.nav.<key>.hint}. */
    public record Section(String key, String href) {
    }

    static final List<Section> SECTIONS = List.of(
            new Section("units", UNITS), new Section("users", USERS), new Section("regions", REGIONS),
            new Section("calendar", CALENDAR), new Section("notifications", NOTIFICATIONS), new Section("audit", AUDIT),
            new Section("import", IMPORT), new Section("sessions", SESSIONS));

    static final int PAGE_SIZE = 25;

    private AdminPaths() {
    }
}
