package org.bihuan.web.identity;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.EnterpriseAccounts;
import org.bihuan.identity.SignUpRequest;
import org.bihuan.web.FormErrors;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 企业注册: an enterprise opens its account ({@link EnterpriseAccounts#signUp}, the same call as
 * {@code POST /api/portal/register}), is told to check its mail, and the mailed link
 * ({@code bihuan.accounts.confirmation-link}) leads to {@link #CONFIRM}, which confirms and says the account works.
 * The pages need no account; the rate limit on {@code /portal/register/**} guards them.
 */
@Controller
class SignUpPages {

    static final String REGISTER = "/portal/register";
    static final String SENT = "/portal/register/sent";
    static final String CONFIRM = "/portal/register/confirm";
    static final String CONFIRMED = "/portal/register/confirmed";
    /** The page's own check: the API takes the password once; the message key is in the bundles. */
    static final String REPEAT_DIFFERS = "does not match the password";
    /** {@code EnterpriseAccounts}' refusal of a code that is signed up, with the administrator's masked name */
    private static final Pattern ALREADY_SIGNED_UP = Pattern.compile("is already signed up: .* \\((.+)\\) to invite you");

    private final EnterpriseAccounts accounts;
    private final PageForms forms;
    private final PageLabels labels;
    private final DataSize licenceMaxSize;

    SignUpPages(EnterpriseAccounts accounts, PageForms forms, PageLabels labels,
                @Value("${bihuan.accounts.licence-max-size:10MB}") DataSize licenceMaxSize) {
        this.accounts = accounts;
        this.forms = forms;
        this.labels = labels;
        this.licenceMaxSize = licenceMaxSize;
    }

    @GetMapping(REGISTER)
    String form(Model model) {
        return show(new SignUpForm(), model);
    }

    @PostMapping(REGISTER)
    String register(@ModelAttribute SignUpForm form, @RequestParam(name = "licence", required = false) MultipartFile licence,
                    Model model, RedirectAttributes redirect) throws IOException {
        if (!Objects.equals(form.getPassword(), form.getPasswordRepeat())) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(new InvalidRequestException("passwordRepeat", REPEAT_DIFFERS)));
            return show(form, model);
        }
        boolean chosen = licence != null && !licence.isEmpty();
        try {
            EnterpriseAccounts.SignedUp signedUp = accounts.signUp(form.request(),
                    chosen ? licence.getOriginalFilename() : null, chosen ? licence.getBytes() : null);
            redirect.addFlashAttribute("email", form.getContactEmail());
            redirect.addFlashAttribute("confirmBy", signedUp.confirmBy());
            return "redirect:" + SENT;
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(withAdministratorNamed(rejected)));
            return show(form, model);
        }
    }

    /**
     * The service names the existing enterprise's administrator (masked) inside its English message, which the
     * bundles cannot key by; the page's own words carry that name. Messages already in the page's language pass
     * through {@link PageForms} unchanged (no bundle key is made of them).
     */
    private InvalidRequestException withAdministratorNamed(InvalidRequestException rejected) {
        List<Violation> violations = rejected.violations().stream().map(violation -> {
            Matcher named = ALREADY_SIGNED_UP.matcher(violation.message());
            return violation.field().equals("creditCode") && named.matches()
                    ? new Violation("creditCode", labels.message("register.alreadySignedUp", named.group(1)))
                    : violation;
        }).toList();
        return new InvalidRequestException(violations);
    }

    @GetMapping(SENT)
    String sent() {
        return "identity/register-sent";
    }

    /** The link in the confirmation mail. Unknown, used and expired links get the same page. */
    @GetMapping(CONFIRM)
    String confirm(@RequestParam(required = false) String token, HttpServletResponse response) {
        try {
            accounts.confirm(token);
        } catch (InvalidRequestException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/link-invalid";
        }
        // the link is used now: the language switch and a reload must not follow it again
        return "redirect:" + CONFIRMED;
    }

    @GetMapping(CONFIRMED)
    String confirmed() {
        return "identity/account-works";
    }

    private String show(SignUpForm form, Model model) {
        // what was typed comes back, the passwords never
        form.setPassword(null);
        form.setPasswordRepeat(null);
        model.addAttribute("form", form);
        model.addAttribute("sizeClassOptions", labels.withBlank("register.sizeClass.choose",
                labels.options("sizeClass", SignUpRequest.sizeClasses())));
        model.addAttribute("licenceMaxBytes", licenceMaxSize.toBytes());
        model.addAttribute("licenceMaxMegabytes", licenceMaxSize.toMegabytes());
        return "identity/register";
    }

    /** The sign-up form as typed: the fields of {@link SignUpRequest} (same names) and the repeated password. */
    public static final class SignUpForm {
        private String name;
        private String creditCode;
        private String sizeClass;
        private String contactName;
        private String contactPhone;
        private String contactEmail;
        private String username;
        private String password;
        private String passwordRepeat;

        SignUpRequest request() {
            return new SignUpRequest(name, creditCode, sizeClass, contactName, contactPhone, contactEmail, username, password);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getCreditCode() {
            return creditCode;
        }

        public void setCreditCode(String creditCode) {
            this.creditCode = creditCode;
        }

        public String getSizeClass() {
            return sizeClass;
        }

        public void setSizeClass(String sizeClass) {
            this.sizeClass = sizeClass;
        }

        public String getContactName() {
            return contactName;
        }

        public void setContactName(String contactName) {
            this.contactName = contactName;
        }

        public String getContactPhone() {
            return contactPhone;
        }

        public void setContactPhone(String contactPhone) {
            this.contactPhone = contactPhone;
        }

        public String getContactEmail() {
            return contactEmail;
        }

        public void setContactEmail(String contactEmail) {
            this.contactEmail = contactEmail;
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
            return "SignUpForm[creditCode=" + creditCode + ", username=" + username + "]";
        }
    }
}
