package org.bihuan.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AccountImport;
import org.bihuan.identity.AccountPage;
import org.bihuan.identity.AccountProfile;
import org.bihuan.identity.AccountRequest;
import org.bihuan.identity.AccountSearch;
import org.bihuan.identity.Role;
import org.bihuan.identity.UserAccounts;
import org.bihuan.identity.Units;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Option;
import org.bihuan.web.PageForms;
import org.bihuan.web.Pager;
import org.bihuan.web.PageLabels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 用户管理 (/admin/users): search the accounts; create one (its owner is mailed a link to choose the password), edit,
 * deactivate, reactivate, reset the password; import a CSV or XLSX file of accounts (a session's CPPCC members, a
 * unit's staff): a dry run lists every line's problems and stores nothing, then the lines without a problem are
 * imported. The rules are {@link UserAccounts}'.
 */
@Controller
class UserPages {

    static final String IMPORT = AdminPaths.USERS + "/import";
    /** the dry run's lines, kept in the session until the import or the next dry run */
    static final String PENDING_IMPORT = "admin.pendingImport";

    private final UserAccounts accounts;
    private final Units units;
    private final PageForms forms;
    private final PageLabels labels;

    UserPages(UserAccounts accounts, Units units, PageForms forms, PageLabels labels) {
        this.accounts = accounts;
        this.units = units;
        this.forms = forms;
        this.labels = labels;
    }

    @GetMapping(AdminPaths.USERS)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
                @RequestParam(required = false) String unit, @RequestParam(required = false) String active,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Boolean activeFilter = "true".equals(active) ? Boolean.TRUE : "false".equals(active) ? Boolean.FALSE : null;
        AccountPage found = accounts.search(new AccountSearch(q, role, unit, activeFilter, Math.max(page, 0), AdminPaths.PAGE_SIZE));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("role", role);
        filters.put("unit", unit);
        filters.put("active", active);
        model.addAttribute("accounts", found);
        model.addAttribute("pager", Pager.of(found.page(), found.size(), found.total(), AdminPaths.USERS, filters));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("unit", unit);
        model.addAttribute("active", active);
        model.addAttribute("roleOptions", labels.withBlank("admin.users.role.all",
                labels.options("role", java.util.Arrays.stream(Role.values()).map(Role::name).toList())));
        model.addAttribute("unitOptions", labels.withBlank("admin.users.unit.all", unitOptions(false)));
        model.addAttribute("activeOptions", List.of(new Option("", labels.message("admin.users.active.all")),
                new Option("true", labels.message("admin.users.active.true")),
                new Option("false", labels.message("admin.users.active.false"))));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("adminSection", "users");
        return "admin/users";
    }

    @GetMapping(AdminPaths.USERS + "/new")
    String newAccount(Model model) {
        return form(new AccountForm(), null, model);
    }

    @PostMapping(AdminPaths.USERS)
    String create(@ModelAttribute AccountForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            AccountProfile created = accounts.create(form.request());
            redirect.addFlashAttribute("created", created.email());
            return "redirect:" + AdminPaths.USERS + "/" + created.username();
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(form, null, model);
        }
    }

    @GetMapping(AdminPaths.USERS + "/{username}")
    String edit(@PathVariable String username, Model model) {
        AccountProfile account = accounts.get(username);
        return form(AccountForm.of(account), account, model);
    }

    @PostMapping(AdminPaths.USERS + "/{username}")
    String update(@PathVariable String username, @ModelAttribute AccountForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        AccountProfile account = accounts.get(username);
        form.setUsername(username);
        try {
            accounts.update(username, form.request());
            redirect.addFlashAttribute("done", "admin.users.saved");
            return "redirect:" + AdminPaths.USERS + "/" + username;
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(form, account, model);
        } catch (ConflictException enterprise) {
            redirect.addFlashAttribute("refused", "admin.users.enterpriseReadOnly");
            return "redirect:" + AdminPaths.USERS + "/" + username;
        }
    }

    @PostMapping(AdminPaths.USERS + "/{username}/deactivate")
    String deactivate(@PathVariable String username, RedirectAttributes redirect) {
        try {
            accounts.deactivate(username);
            redirect.addFlashAttribute("done", "admin.users.deactivated");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("refused", "admin.users.deactivateRefused");
        }
        return "redirect:" + AdminPaths.USERS + "/" + username;
    }

    @PostMapping(AdminPaths.USERS + "/{username}/reactivate")
    String reactivate(@PathVariable String username, RedirectAttributes redirect) {
        accounts.reactivate(username);
        redirect.addFlashAttribute("done", "admin.users.reactivated");
        return "redirect:" + AdminPaths.USERS + "/" + username;
    }

    @PostMapping(AdminPaths.USERS + "/{username}/reset-password")
    String resetPassword(@PathVariable String username, RedirectAttributes redirect) {
        try {
            AccountProfile account = accounts.resetPassword(username);
            redirect.addFlashAttribute("linkSent", account.email());
        } catch (InvalidRequestException | ConflictException refused) {
            redirect.addFlashAttribute("refused", "admin.users.resetRefused");
        }
        return "redirect:" + AdminPaths.USERS + "/" + username;
    }

    @GetMapping(IMPORT)
    String importForm(Model model) {
        model.addAttribute("adminSection", "users");
        return "admin/user-import";
    }

    /** The dry run: every line with its problems; nothing is stored. The lines wait in the session for the import. */
    @PostMapping(IMPORT)
    String dryRun(@RequestParam(required = false) MultipartFile file, HttpSession session, Model model,
                  HttpServletResponse response) throws IOException {
        model.addAttribute("adminSection", "users");
        session.removeAttribute(PENDING_IMPORT);
        try {
            AccountImport.Check check = accounts.checkImport(file == null ? null : file.getBytes());
            String id = UUID.randomUUID().toString();
            session.setAttribute(PENDING_IMPORT, new PendingImport(id, check.lines().stream().map(AccountImport.Checked::line).toList()));
            model.addAttribute("check", check);
            model.addAttribute("importId", id);
            model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
            // the dry run itself worked: its page lists every line's problems (200), and nothing was stored
            return "admin/user-import";
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "admin/user-import";
        }
    }

    /** The import of the dry run's good lines (checked again). */
    @PostMapping(IMPORT + "/confirm")
    String importGood(@RequestParam(required = false) String importId, HttpSession session, Model model) {
        model.addAttribute("adminSection", "users");
        if (!(session.getAttribute(PENDING_IMPORT) instanceof PendingImport pending) || !pending.id().equals(importId)) {
            model.addAttribute("expired", true);
            return "admin/user-import";
        }
        session.removeAttribute(PENDING_IMPORT);
        AccountImport.Result result = accounts.importGood(pending.lines());
        model.addAttribute("result", result);
        return "admin/user-import";
    }

    private String form(AccountForm form, AccountProfile account, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("roleOptions", labels.options("role", UserAccounts.assignableRoles().stream().map(Role::name).toList()));
        model.addAttribute("unitOptions", labels.withBlank("admin.users.unit.none", unitOptions(true)));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("adminSection", "users");
        return "admin/user";
    }

    private List<Option> unitOptions(boolean activeOnly) {
        return units.all().stream().filter(u -> !activeOnly || u.active())
                .map(u -> new Option(u.code(), u.name() + " (" + u.code() + ")")).toList();
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }

    /** A dry run's lines, until the import: serialisable, as the session may be. */
    record PendingImport(String id, List<AccountImport.Line> lines) implements java.io.Serializable {
    }

    /** The account as typed: the fields of {@link AccountRequest}. */
    public static final class AccountForm {
        private String username;
        private String displayName;
        private String email;
        private String phone;
        private List<String> roles = new ArrayList<>();
        private String unitCode;
        private boolean unitHead;

        static AccountForm of(AccountProfile account) {
            AccountForm form = new AccountForm();
            form.username = account.username();
            form.displayName = account.displayName();
            form.email = account.email();
            form.phone = account.phone();
            form.roles = new ArrayList<>(account.roles().stream().map(Role::name).toList());
            form.unitCode = account.unitCode();
            form.unitHead = account.unitHead();
            return form;
        }

        AccountRequest request() {
            return new AccountRequest(username, displayName, email, phone, roles, unitCode, unitHead);
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles;
        }

        public String getUnitCode() {
            return unitCode;
        }

        public void setUnitCode(String unitCode) {
            this.unitCode = unitCode;
        }

        public boolean isUnitHead() {
            return unitHead;
        }

        public void setUnitHead(boolean unitHead) {
            this.unitHead = unitHead;
        }
    }
}
