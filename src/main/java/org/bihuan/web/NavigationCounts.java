package org.bihuan.web;

import org.bihuan.identity.Users;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers beside the header's links (model attribute {@code navCounts}: href → count, only the links with
 * something waiting), from every {@link NavigationCount} whose link the signed-in person has.
 */
@ControllerAdvice(basePackages = "org.bihuan.web")
class NavigationCounts {

    private final Users users;
    private final List<NavigationCount> counts;

    NavigationCounts(Users users, List<NavigationCount> counts) {
        this.users = users;
        this.counts = counts;
    }

    @ModelAttribute("navCounts")
    Map<String, Long> navCounts(Principal principal) {
        Map<String, Long> waiting = new HashMap<>();
        if (principal == null || counts.isEmpty()) {
            return waiting;
        }
        users.find(principal.getName()).ifPresent(user -> {
            List<String> hrefs = Navigation.linksFor(user).stream().map(Navigation.Link::href).toList();
            for (NavigationCount count : counts) {
                if (hrefs.contains(count.href())) {
                    long n = count.count(user);
                    if (n > 0) {
                        waiting.put(count.href(), n);
                    }
                }
            }
        });
        return waiting;
    }
}
