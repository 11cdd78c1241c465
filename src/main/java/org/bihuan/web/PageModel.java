package org.bihuan.web;

import jakarta.servlet.http.HttpServletRequest;
import org.bihuan.identity.Users;
import org.bihuan.supervision.Dashboards;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.security.Principal;
import java.util.Locale;

/**
 * What the layout needs on every page of {@code org.bihuan.web}: who is signed in, the language links, and an
 * empty {@link FormErrors} that a controller replaces when it shows a rejected form.
 */
@ControllerAdvice(basePackages = "org.bihuan.web")
class PageModel {

    private final Users users;
    private final Dashboards dashboards;

    PageModel(Users users, Dashboards dashboards) {
        this.users = users;
        this.dashboards = dashboards;
    }

    @ModelAttribute("signedIn")
    SignedIn signedIn(Principal principal) {
        return principal == null ? null
                : users.find(principal.getName()).map(user -> SignedIn.of(user, dashboards.isUnitHead(user))).orElse(null);
    }

    @ModelAttribute("languageSwitch")
    LanguageSwitch languageSwitch(HttpServletRequest request, Locale locale) {
        return LanguageSwitch.of(request, locale);
    }

    @ModelAttribute(FormErrors.ATTRIBUTE)
    FormErrors formErrors() {
        return FormErrors.NONE;
    }
}
