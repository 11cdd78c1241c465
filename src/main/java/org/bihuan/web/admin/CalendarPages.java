package org.bihuan.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.bihuan.calendar.CalendarYears;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.web.FormErrors;
import org.bihuan.web.PageForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;

/**
 * 工作日历 (/admin/calendar): the years loaded and their source, the warning when next year is missing, the upload of
 * a year's file (checked, stored in the override directory, reloaded at once), and a year's view with its holidays and
 * 调休 days. The rules are {@link CalendarYears}'.
 */
@Controller
class CalendarPages {

    private final CalendarYears calendar;
    private final PageForms forms;

    CalendarPages(CalendarYears calendar, PageForms forms) {
        this.calendar = calendar;
        this.forms = forms;
    }

    @GetMapping(AdminPaths.CALENDAR)
    String years(Model model) {
        model.addAttribute("years", calendar.loaded());
        model.addAttribute("usedWithoutData", calendar.usedWithoutData());
        model.addAttribute("warnFrom", calendar.warnFrom().getValue());
        model.addAttribute("adminSection", "calendar");
        return "admin/calendar";
    }

    @PostMapping(AdminPaths.CALENDAR + "/upload")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) throws IOException {
        try {
            CalendarYears.Year year = calendar.upload(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("uploaded", year.year());
            return "redirect:" + AdminPaths.CALENDAR + "/" + year.year();
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return years(model);
        }
    }

    @PostMapping(AdminPaths.CALENDAR + "/reload")
    String reload(RedirectAttributes redirect) {
        redirect.addFlashAttribute("reloaded", calendar.reload());
        return "redirect:" + AdminPaths.CALENDAR;
    }

    @GetMapping(AdminPaths.CALENDAR + "/{year}")
    String year(@PathVariable int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("months", calendar.days(year));
        model.addAttribute("info", calendar.loaded().stream().filter(y -> y.year() == year).findFirst().orElseThrow());
        model.addAttribute("adminSection", "calendar");
        return "admin/calendar-year";
    }
}
