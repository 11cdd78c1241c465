package org.bihuan.web.admin;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/** What every administration page's navigation needs: its sections. */
@ControllerAdvice(basePackages = "org.bihuan.web.admin")
class AdminModel {

    @ModelAttribute("adminSections")
    List<AdminPaths.Section> adminSections() {
        return AdminPaths.SECTIONS;
    }
}
