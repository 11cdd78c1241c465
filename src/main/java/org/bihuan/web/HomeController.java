package org.bihuan.web;

import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.security.Principal;
import java.util.Set;

/** The sign-in page and the start page that sends each person to what they work with. */
@Controller
class HomeController {

    private static final Set<Role> OFFICIALS = Set.of(Role.INTAKE, Role.UNIT, Role.SUPERVISOR, Role.COMMITTEE, Role.LEADER, Role.ADMIN);

    private final Users users;

    HomeController(Users users) {
        this.users = users;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        if (principal != null) {
            users.find(principal.getName()).ifPresent(user -> {
                model.addAttribute("user", user);
                model.addAttribute("official", user.roles().stream().anyMatch(OFFICIALS::contains));
                model.addAttribute("supervisor", user.has(Role.SUPERVISOR) || user.has(Role.ADMIN));
                model.addAttribute("admin", user.has(Role.ADMIN));
            });
        }
        return "home";
    }

}
