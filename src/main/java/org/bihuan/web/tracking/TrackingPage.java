package org.bihuan.web.tracking;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.TooManyAttemptsException;
import org.bihuan.lifecycle.PublicTracking;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 进度查询, without an account: the case number and the last four digits of the contact phone show what
 * {@code GET /api/track} shows (the same service, the same limits): status, current step, its deadline, the dated
 * public steps. Every wrong combination gets the same "not found"; too many attempts a page saying how long to wait.
 */
@Controller
class TrackingPage {

    static final String PATH = "/track";

    private final PublicTracking tracking;

    TrackingPage(PublicTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping(PATH)
    String track(@RequestParam(required = false) String no, @RequestParam(required = false) String phone,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("no", no == null ? "" : no);
        model.addAttribute("phone", phone == null ? "" : phone);
        if (no == null && phone == null) {
            return "tracking/track";
        }
        try {
            model.addAttribute("tracked", tracking.track(request.getRemoteAddr(), no, phone));
        } catch (NotFoundException notFound) {
            // an answer of the search like any other ("nothing found"), not a missing page
            model.addAttribute("notFound", true);
        } catch (TooManyAttemptsException tooMany) {
            long seconds = Math.max(1, tooMany.retryAfter().toSeconds());
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            model.addAttribute("waitMinutes", (seconds + 59) / 60);
        }
        return "tracking/track";
    }
}
