package org.bihuan.web.admin;

import org.bihuan.calendar.CalendarYears;
import org.bihuan.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page shows an administrator (model attribute {@code calendarWarning}, the layout's header shows it): from
 * {@code bihuan.calendar.next-year-warning-from} on, that next year's holiday data is missing, with a link to upload it.
 * Null for everyone else and when nothing is missing.
 */
@ControllerAdvice(basePackages = "org.bihuan.web")
class AdminNotices {

    private final CalendarYears calendar;

    AdminNotices(CalendarYears calendar) {
        this.calendar = calendar;
    }

    @ModelAttribute("calendarWarning")
    Integer calendarWarning(Authentication authentication) {
        if (authentication == null || authentication.getAuthorities().stream()
                .noneMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN.name()))) {
            return null;
        }
        return calendar.missingNextYear().orElse(null);
    }
}
