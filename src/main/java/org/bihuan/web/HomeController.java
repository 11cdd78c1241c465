package org.bihuan.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page, and the start page that sends each person to their places: the header's links, each with a
 * line saying what it is for ({@link Navigation}); a visitor is invited to sign in or read the published replies.
 */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "home";
    }
}
