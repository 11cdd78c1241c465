package org.bihuan.web.identity;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.identity.EnterpriseAccounts;
import org.bihuan.identity.Invitation;
import org.bihuan.identity.Users;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Navigation;
import org.bihuan.web.PageForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 本企业: the enterprise an account speaks for, where its identity check stands, and for its administrator the
 * staff: invite a colleague by e-mail, remove one after a confirmation step. Reads and changes through
 * {@link EnterpriseAccounts}, as {@code /api/portal/enterprise} does; who may manage staff is the service's rule.
 */
@Controller
class EnterprisePage {

    static final String ENTERPRISE = Navigation.MY_ENTERPRISE;
    static final String STAFF = "/portal/enterprise/staff";

    private final EnterpriseAccounts accounts;
    private final Users users;
    private final PageForms forms;

    EnterprisePage(EnterpriseAccounts accounts, Users users, PageForms forms) {
        this.accounts = accounts;
        this.users = users;
        this.forms = forms;
    }

    @GetMapping(ENTERPRISE)
    String enterprise(Model model) {
        return show(new InviteForm(), model);
    }

    @PostMapping(STAFF)
    String invite(@ModelAttribute InviteForm form, Model model, RedirectAttributes redirect) {
        try {
            Invitation.Pending invited = accounts.invite(users.current(), new Invitation.Request(form.getEmail(), form.getName()));
            redirect.addFlashAttribute("invited", invited.email());
            return "redirect:" + ENTERPRISE;
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            return show(form, model);
        }
    }

    /** The confirmation step before a colleague's account stops working. */
    @GetMapping(STAFF + "/{username}/remove")
    String confirmRemoval(@PathVariable String username, Model model) {
        EnterpriseAccounts.MyEnterprise enterprise = accounts.myEnterprise(users.current());
        EnterpriseAccounts.StaffMember member = enterprise.staff().stream()
                .filter(staff -> staff.username().equals(username) && staff.active() && !staff.administrator())
                .findFirst().orElseThrow(() -> new NotFoundException("no removable staff " + username));
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("member", member);
        return "identity/remove-staff";
    }

    @PostMapping(STAFF + "/{username}/remove")
    String remove(@PathVariable String username, RedirectAttributes redirect) {
        accounts.removeStaff(users.current(), username);
        redirect.addFlashAttribute("removed", username);
        return "redirect:" + ENTERPRISE;
    }

    private String show(InviteForm form, Model model) {
        model.addAttribute("enterprise", accounts.myEnterprise(users.current()));
        model.addAttribute("invite", form);
        return "identity/enterprise";
    }

    /** The invitation as typed: the fields of {@link Invitation.Request}. */
    public static final class InviteForm {
        private String email;
        private String name;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
