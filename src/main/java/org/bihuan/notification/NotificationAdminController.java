package org.bihuan.notification;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The outbox for administrators (role ADMIN): what is stuck, and a second chance for dead letters. */
@RestController
@RequestMapping("/api/admin/notifications")
class NotificationAdminController {

    private final NotificationOutbox outbox;
    private final NotificationAdministration administration;

    NotificationAdminController(NotificationOutbox outbox, NotificationAdministration administration) {
        this.outbox = outbox;
        this.administration = administration;
    }

    /** the latest 200 rows in a status, newest first */
    @GetMapping
    List<NotificationView> list(@RequestParam(defaultValue = "DEAD") NotificationStatus status) {
        return outbox.latest(status);
    }

    /** DEAD → PENDING with the attempts reset; the dispatcher picks it up on its next run */
    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retry(@PathVariable long id) {
        administration.retry(id);
    }
}
