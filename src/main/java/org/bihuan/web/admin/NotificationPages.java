package org.bihuan.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.identity.AccountProfile;
import org.bihuan.identity.UserAccounts;
import org.bihuan.notification.NotificationAdministration;
import org.bihuan.notification.NotificationPreferences;
import org.bihuan.notification.NotificationStatus;
import org.bihuan.web.FormErrors;
import org.bihuan.web.PageForms;
import org.bihuan.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 通知管理 (/admin/notifications): the outbox by state, paged; dead letters with their error and a retry; the templates
 * with their parameters; a person's notification preferences; the demo mailbox of the default profile. The rules are
 * the notification module's ({@link NotificationAdministration}, {@link NotificationPreferences}).
 */
@Controller
class NotificationPages {

    static final String TEMPLATES = AdminPaths.NOTIFICATIONS + "/templates";
    static final String PREFERENCES = AdminPaths.NOTIFICATIONS + "/preferences";
    static final String MAILBOX = AdminPaths.NOTIFICATIONS + "/mailbox";

    private final NotificationAdministration notifications;
    private final NotificationPreferences preferences;
    private final UserAccounts accounts;
    private final PageForms forms;

    NotificationPages(NotificationAdministration notifications, NotificationPreferences preferences, UserAccounts accounts,
                      PageForms forms) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.accounts = accounts;
        this.forms = forms;
    }

    /** Whether the pages link the demo mailbox (the default profile only). */
    @org.springframework.web.bind.annotation.ModelAttribute("demoMailbox")
    boolean demoMailbox() {
        return notifications.demoMailbox();
    }

    @GetMapping(AdminPaths.NOTIFICATIONS)
    String outbox(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
        NotificationStatus filter = Arrays.stream(NotificationStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        NotificationAdministration.Page found = notifications.outbox(filter, Math.max(page, 0), AdminPaths.PAGE_SIZE);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("status", filter == null ? null : filter.name());
        model.addAttribute("status", filter == null ? null : filter.name());
        model.addAttribute("statuses", NotificationStatus.values());
        model.addAttribute("counts", notifications.counts());
        model.addAttribute("messages", found);
        model.addAttribute("pager", Pager.of(found.page(), found.size(), found.total(), AdminPaths.NOTIFICATIONS, filters));
        model.addAttribute("adminSection", "notifications");
        return "admin/notifications";
    }

    @PostMapping(AdminPaths.NOTIFICATIONS + "/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        try {
            notifications.retry(id);
            redirect.addFlashAttribute("retried", id);
        } catch (ConflictException notDead) {
            redirect.addFlashAttribute("refused", "admin.notifications.retryRefused");
        }
        return "redirect:" + AdminPaths.NOTIFICATIONS + "?status=DEAD";
    }

    @GetMapping(TEMPLATES)
    String templates(Model model) {
        model.addAttribute("templates", notifications.templates());
        model.addAttribute("adminSection", "notifications");
        return "admin/notification-templates";
    }

    @GetMapping(MAILBOX)
    String mailbox(Model model) {
        if (!notifications.demoMailbox()) {
            throw new NotFoundException("the demo mailbox exists in the default profile only");
        }
        model.addAttribute("mails", notifications.mailbox(50));
        model.addAttribute("adminSection", "notifications");
        return "admin/notification-mailbox";
    }

    /** A person's preferences; without a username, the search for one. */
    @GetMapping(PREFERENCES)
    String preferences(@RequestParam(required = false) String username, Model model, HttpServletResponse response) {
        model.addAttribute("username", username);
        model.addAttribute("defaults", preferences.defaults());
        model.addAttribute("nightStarts", preferences.nightStarts());
        model.addAttribute("nightEnds", preferences.nightEnds());
        model.addAttribute("adminSection", "notifications");
        if (username != null && !username.isBlank()) {
            AccountProfile account = accounts.find(username.strip()).orElse(null);
            if (account == null) {
                model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(new InvalidRequestException("username", "is not an account")));
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            } else {
                model.addAttribute("account", account);
                model.addAttribute("own", preferences.own(account.username()).isPresent());
                if (!model.containsAttribute("preference")) {
                    model.addAttribute("preference", preferences.of(account.username()));
                }
            }
        }
        return "admin/notification-preferences";
    }

    @PostMapping(PREFERENCES + "/{username}")
    String savePreferences(@PathVariable String username, @RequestParam(defaultValue = "false") boolean mail,
                           @RequestParam(defaultValue = "false") boolean sms, @RequestParam(defaultValue = "false") boolean quietNights,
                           Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AccountProfile account = accounts.get(username);
        NotificationPreferences.Preference preference = new NotificationPreferences.Preference(mail, sms, quietNights);
        try {
            preferences.save(account.username(), preference);
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + PREFERENCES + "?username=" + account.username();
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            model.addAttribute("preference", preference);
            String view = preferences(account.username(), model, response);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return view;
        }
    }
}
