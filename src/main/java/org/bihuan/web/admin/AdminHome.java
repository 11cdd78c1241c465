package org.bihuan.web.admin;

import org.bihuan.calendar.CalendarYears;
import org.bihuan.identity.Units;
import org.bihuan.notification.NotificationAdministration;
import org.bihuan.notification.NotificationStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 系统管理: the administration's start page — its sections, what needs a look (dead letters, a missing calendar year,
 * inactive units), and Camunda's own Admin and Cockpit for the engine.
 */
@Controller
class AdminHome {

    private final Units units;
    private final CalendarYears calendar;
    private final NotificationAdministration notifications;

    AdminHome(Units units, CalendarYears calendar, NotificationAdministration notifications) {
        this.units = units;
        this.calendar = calendar;
        this.notifications = notifications;
    }

    @GetMapping(AdminPaths.HOME)
    String home(Model model) {
        model.addAttribute("sections", AdminPaths.SECTIONS);
        model.addAttribute("deadLetters", notifications.counts().get(NotificationStatus.DEAD));
        model.addAttribute("unitCount", units.all().stream().filter(u -> u.active()).count());
        model.addAttribute("years", calendar.loaded());
        model.addAttribute("camundaAdmin", AdminPaths.CAMUNDA_ADMIN);
        model.addAttribute("cockpit", AdminPaths.COCKPIT);
        model.addAttribute("adminSection", "home");
        return "admin/home";
    }
}
