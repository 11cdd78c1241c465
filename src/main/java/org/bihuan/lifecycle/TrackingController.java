package org.bihuan.lifecycle;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public (no account): a case's progress by its number and the last four digits of the contact phone. */
@RestController
class TrackingController {

    private final PublicTracking tracking;

    TrackingController(PublicTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping("/api/track")
    PublicTracking.TrackedCase track(@RequestParam(required = false) String no, @RequestParam(required = false) String phone,
                                     HttpServletRequest request) {
        return tracking.track(request.getRemoteAddr(), no, phone);
    }
}
