package org.bihuan.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.region.RegionLoad;
import org.bihuan.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;

/**
 * 行政区划 (/admin/regions): the administrative-division tree, browsed from the provinces down, and the load of the
 * full GB/T 2260 code list from a CSV file ({@link Regions#load}: checked as a whole, idempotent).
 */
@Controller
class RegionPages {

    private final Regions regions;

    RegionPages(Regions regions) {
        this.regions = regions;
    }

    @GetMapping(AdminPaths.REGIONS)
    String tree(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("path", code == null ? List.of() : regions.path(code));
        model.addAttribute("children", regions.children(code == null || regions.find(code).isEmpty() ? null : code));
        model.addAttribute("count", regions.count());
        model.addAttribute("adminSection", "regions");
        return "admin/regions";
    }

    @PostMapping(AdminPaths.REGIONS + "/load")
    String load(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
                HttpServletResponse response) throws IOException {
        try {
            RegionLoad loaded = regions.load(file == null ? null : file.getBytes());
            redirect.addFlashAttribute("loaded", loaded);
            return "redirect:" + AdminPaths.REGIONS;
        } catch (InvalidRequestException rejected) {
            model.addAttribute("problems", rejected.violations().stream().map(RegionPages::problem).toList());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return tree(null, model);
        }
    }

    /** A problem of the file: its line (0 for the file as a whole) and the rule's message. */
    public record Problem(int line, String message) {
    }

    private static Problem problem(Violation violation) {
        String field = violation.field();
        int line = field.startsWith("line ") ? Integer.parseInt(field.substring("line ".length())) : 0;
        return new Problem(line, violation.message());
    }
}
