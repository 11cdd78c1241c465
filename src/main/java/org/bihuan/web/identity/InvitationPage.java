package org.bihuan.web.identity;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.EnterpriseAccounts;
import org.bihuan.identity.Invitation;
import org.bihuan.web.FormErrors;
import org.bihuan.web.PageForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;

/**
 * 接受邀请: the colleague an enterprise's administrator invited follows the mailed link
 * ({@code bihuan.accounts.invitation-link}), chooses username and password under the sign-up's rules
 * ({@link EnterpriseAccounts#acceptInvitation}) and can sign in at once. An unknown, used or expired link gets
 * the same page as a sign-up's.
 */
@Controller
class InvitationPage {

    static final String INVITATION = "/portal/invitation";
    static final String ACCEPTED = "/portal/invitation/accepted";

    private final EnterpriseAccounts accounts;
    private final PageForms forms;

    InvitationPage(EnterpriseAccounts accounts, PageForms forms) {
        this.accounts = accounts;
        this.forms = forms;
    }

    @GetMapping(INVITATION)
    String invitation(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        AcceptanceForm form = new AcceptanceForm();
        form.setToken(token);
        return show(form, model, response);
    }

    @PostMapping(INVITATION)
    String accept(@ModelAttribute AcceptanceForm form, Model model, HttpServletResponse response) {
        if (!Objects.equals(form.getPassword(), form.getPasswordRepeat())) {
            model.addAttribute(FormErrors.ATTRIBUTE,
                    forms.errors(new InvalidRequestException("passwordRepeat", SignUpPages.REPEAT_DIFFERS)));
            return show(form, model, response);
        }
        try {
            accounts.acceptInvitation(new Invitation.Acceptance(form.getToken(), form.getUsername(), form.getPassword()));
            return "redirect:" + ACCEPTED;
        } catch (InvalidRequestException rejected) {
            if (rejected.violations().stream().anyMatch(v -> v.field().equals("token"))) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return "identity/link-invalid";
            }
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            return show(form, model, response);
        }
    }

    @GetMapping(ACCEPTED)
    String accepted() {
        return "identity/account-works";
    }

    private String show(AcceptanceForm form, Model model, HttpServletResponse response) {
        Invitation.Pending pending;
        try {
            pending = accounts.invitation(form.getToken());
        } catch (InvalidRequestException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/link-invalid";
        }
        form.setPassword(null);
        form.setPasswordRepeat(null);
        model.addAttribute("invitation", pending);
        model.addAttribute("form", form);
        return "identity/invitation";
    }

    /** What the colleague types: the fields of {@link Invitation.Acceptance} (same names) and the repeated password. */
    public static final class AcceptanceForm {
        private String token;
        private String username;
        private String password;
        private String passwordRepeat;

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getPasswordRepeat() {
            return passwordRepeat;
        }

        public void setPasswordRepeat(String passwordRepeat) {
            this.passwordRepeat = passwordRepeat;
        }

        @Override
        public String toString() {
            return "AcceptanceForm[username=" + username + "]";
        }
    }
}
