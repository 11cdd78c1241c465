package org.bihuan.web.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.UserAccounts;
import org.bihuan.web.FormErrors;
import org.bihuan.web.PageForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Objects;

/**
 * 设置密码: the owner of an account an administrator created (or whose password was reset) follows the mailed link
 * ({@code bihuan.accounts.password-link}) and chooses a password under the sign-up's rules
 * ({@link UserAccounts#setPassword}); then signs in. An unknown, used or expired link gets one page for all.
 */
@Controller
class PasswordPage {

    static final String PASSWORD = "/account/password";
    static final String SET = "/account/password/set";

    private final UserAccounts accounts;
    private final PageForms forms;

    PasswordPage(UserAccounts accounts, PageForms forms) {
        this.accounts = accounts;
        this.forms = forms;
    }

    @GetMapping(PASSWORD)
    String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return show(token, model, response);
    }

    @PostMapping(PASSWORD)
    String set(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
               @RequestParam(required = false) String passwordRepeat, Model model, HttpServletResponse response) {
        try {
            if (!Objects.equals(password, passwordRepeat)) {
                accounts.passwordLink(token);
                throw new InvalidRequestException("passwordRepeat", SignUpPages.REPEAT_DIFFERS);
            }
            accounts.setPassword(token, password);
            return "redirect:" + SET;
        } catch (InvalidRequestException rejected) {
            if (rejected.violations().stream().anyMatch(v -> v.field().equals("token"))) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return "identity/password-link-invalid";
            }
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(token, model, response);
        }
    }

    @GetMapping(SET)
    String done() {
        return "identity/password-set";
    }

    private String show(String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("link", accounts.passwordLink(token));
            model.addAttribute("token", token);
            return "identity/password";
        } catch (InvalidRequestException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/password-link-invalid";
        }
    }
}
