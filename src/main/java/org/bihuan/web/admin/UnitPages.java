package org.bihuan.web.admin;

import org.bihuan.complaint.ComplaintRouting;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.UnitProfile;
import org.bihuan.identity.UnitRequest;
import org.bihuan.identity.Units;
import org.bihuan.identity.Users;
import org.bihuan.region.Region;
import org.bihuan.region.Regions;
import org.bihuan.task.UnitMerge;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Option;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 单位管理 (/admin/units): the units with kind, level and region, heads, what complaints are routed to them for, and
 * whether they work; create, edit, deactivate, delete an unused one, merge one into its successor (机构改革). Next to
 * them, the routing table as deployed, each rule checked against the units. Every rule is {@link Units}' (and
 * {@link UnitMerge}'s for the merge); this page shows and calls them.
 */
@Controller
class UnitPages {

    private final Units units;
    private final UnitMerge merge;
    private final Users users;
    private final Regions regions;
    private final ComplaintRouting routing;
    private final PageForms forms;
    private final PageLabels labels;

    UnitPages(Units units, UnitMerge merge, Users users, Regions regions, ComplaintRouting routing, PageForms forms,
              PageLabels labels) {
        this.units = units;
        this.merge = merge;
        this.users = users;
        this.regions = regions;
        this.routing = routing;
        this.forms = forms;
        this.labels = labels;
    }

    @GetMapping(AdminPaths.UNITS)
    String list(Model model) {
        List<UnitProfile> all = units.all();
        Map<String, UnitProfile> byCode = all.stream().collect(Collectors.toMap(UnitProfile::code, Function.identity()));
        List<RuleCheck> rules = routing.rules().stream().map(rule -> {
            UnitProfile unit = rule.unitCode() == null ? null : byCode.get(rule.unitCode());
            String state = unit == null ? "UNKNOWN" : unit.successorCode() != null ? "MERGED"
                    : !unit.active() ? "INACTIVE" : !Units.HANDLING.equals(unit.kind()) ? "NOT_HANDLING" : "OK";
            return new RuleCheck(rule, unit, state);
        }).toList();
        Map<String, Region> regionsByCode = regionsByCode();
        Map<String, String> handledRegionNames = new LinkedHashMap<>();
        all.forEach(unit -> handledRegionNames.put(unit.code(), unit.regions().stream()
                .map(code -> regionsByCode.containsKey(code) ? regionsByCode.get(code).name() : code)
                .collect(Collectors.joining(", "))));
        model.addAttribute("units", all);
        model.addAttribute("regionsByCode", regionsByCode);
        model.addAttribute("handledRegionNames", handledRegionNames);
        model.addAttribute("rules", rules);
        model.addAttribute("adminSection", "units");
        return "admin/units";
    }

    @GetMapping(AdminPaths.UNITS + "/new")
    String newUnit(Model model) {
        return form(new UnitForm(), null, model);
    }

    @PostMapping(AdminPaths.UNITS)
    String create(@ModelAttribute UnitForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            UnitProfile created = units.create(form.request());
            redirect.addFlashAttribute("saved", created.code());
            return "redirect:" + AdminPaths.UNITS + "/" + created.code();
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(form, null, model);
        }
    }

    @GetMapping(AdminPaths.UNITS + "/{code}")
    String edit(@PathVariable String code, Model model) {
        UnitProfile unit = units.get(code);
        return form(UnitForm.of(unit), unit, model);
    }

    @PostMapping(AdminPaths.UNITS + "/{code}")
    String update(@PathVariable String code, @ModelAttribute UnitForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        UnitProfile unit = units.get(code);
        form.setCode(code);
        try {
            units.update(code, form.request());
            redirect.addFlashAttribute("saved", code);
            return "redirect:" + AdminPaths.UNITS + "/" + code;
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(form, unit, model);
        }
    }

    @PostMapping(AdminPaths.UNITS + "/{code}/deactivate")
    String deactivate(@PathVariable String code, RedirectAttributes redirect) {
        units.deactivate(code);
        redirect.addFlashAttribute("done", "admin.units.deactivated");
        return "redirect:" + AdminPaths.UNITS + "/" + code;
    }

    @PostMapping(AdminPaths.UNITS + "/{code}/reactivate")
    String reactivate(@PathVariable String code, RedirectAttributes redirect) {
        try {
            units.reactivate(code);
            redirect.addFlashAttribute("done", "admin.units.reactivated");
        } catch (ConflictException merged) {
            redirect.addFlashAttribute("refused", "admin.units.reactivateRefused");
        }
        return "redirect:" + AdminPaths.UNITS + "/" + code;
    }

    @PostMapping(AdminPaths.UNITS + "/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        try {
            units.delete(code);
            redirect.addFlashAttribute("deleted", code);
            return "redirect:" + AdminPaths.UNITS;
        } catch (ConflictException inUse) {
            redirect.addFlashAttribute("refused", "admin.units.deleteRefused");
            return "redirect:" + AdminPaths.UNITS + "/" + code;
        }
    }

    /** The confirmation step of a merge: the successor to choose, and what will move. */
    @GetMapping(AdminPaths.UNITS + "/{code}/merge")
    String confirmMerge(@PathVariable String code, Model model) {
        return mergeForm(code, null, model);
    }

    @PostMapping(AdminPaths.UNITS + "/{code}/merge")
    String merge(@PathVariable String code, @RequestParam(required = false) String successor, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        try {
            UnitMerge.Result result = merge.merge(code, successor);
            redirect.addFlashAttribute("merged", result);
            return "redirect:" + AdminPaths.UNITS + "/" + code;
        } catch (InvalidRequestException rejected) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return mergeForm(code, successor, model);
        } catch (ConflictException alreadyMerged) {
            redirect.addFlashAttribute("refused", "admin.units.mergeRefused");
            return "redirect:" + AdminPaths.UNITS + "/" + code;
        }
    }

    private String mergeForm(String code, String successor, Model model) {
        UnitMerge.Preview preview = merge.preview(code);
        List<Option> successors = units.all().stream()
                .filter(u -> u.active() && !u.code().equals(code) && u.kind().equals(preview.unit().kind()))
                .map(u -> new Option(u.code(), u.name() + " (" + u.code() + ")")).toList();
        model.addAttribute("preview", preview);
        model.addAttribute("successors", labels.withBlank("admin.units.merge.choose", successors));
        model.addAttribute("successor", successor);
        model.addAttribute("adminSection", "units");
        return "admin/unit-merge";
    }

    private String form(UnitForm form, UnitProfile unit, Model model) {
        List<Option> regionOptions = regions.all().stream().map(UnitPages::regionOption).toList();
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        model.addAttribute("kinds", labels.withBlank("admin.units.kind.choose", labels.options("unitKind", Units.KINDS)));
        model.addAttribute("regionOptions", labels.withBlank("admin.units.region.choose", regionOptions));
        model.addAttribute("handledRegionOptions", regionOptions);
        model.addAttribute("respondentTypes", labels.options("respondentType", Units.RESPONDENT_TYPES));
        List<Option> people = new ArrayList<>();
        if (unit != null) {
            for (AppUser person : users.membersOfUnit(unit.code())) {
                people.add(new Option(person.username(), person.displayName() + " (" + person.username() + ")"));
            }
            model.addAttribute("region", Optional.ofNullable(unit.regionCode()).flatMap(regions::find).orElse(null));
            model.addAttribute("successorUnit", Optional.ofNullable(unit.successorCode()).flatMap(units::find).orElse(null));
        }
        model.addAttribute("people", people);
        model.addAttribute("adminSection", "units");
        return "admin/unit";
    }

    private Map<String, Region> regionsByCode() {
        Map<String, Region> byCode = new LinkedHashMap<>();
        regions.all().forEach(r -> byCode.put(r.code(), r));
        return byCode;
    }

    static Option regionOption(Region region) {
        return new Option(region.code(), region.code() + " " + region.name());
    }

    /** A rule of the routing table and what the units say about the unit it names: OK, UNKNOWN, MERGED, INACTIVE, NOT_HANDLING. */
    public record RuleCheck(ComplaintRouting.RoutingRule rule, UnitProfile unit, String state) {
    }

    /** The unit as typed: the fields of {@link UnitRequest}. */
    public static final class UnitForm {
        private String code;
        private String name;
        private String kind;
        private String regionCode;
        private List<String> heads = new ArrayList<>();
        private List<String> respondentTypes = new ArrayList<>();
        private List<String> regions = new ArrayList<>();

        static UnitForm of(UnitProfile unit) {
            UnitForm form = new UnitForm();
            form.code = unit.code();
            form.name = unit.name();
            form.kind = unit.kind();
            form.regionCode = unit.regionCode();
            form.heads = new ArrayList<>(unit.heads());
            form.respondentTypes = new ArrayList<>(unit.respondentTypes());
            form.regions = new ArrayList<>(unit.regions());
            return form;
        }

        UnitRequest request() {
            return new UnitRequest(code, name, kind, regionCode, heads, respondentTypes, regions);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getRegionCode() {
            return regionCode;
        }

        public void setRegionCode(String regionCode) {
            this.regionCode = regionCode;
        }

        public List<String> getHeads() {
            return heads;
        }

        public void setHeads(List<String> heads) {
            this.heads = heads;
        }

        public List<String> getRespondentTypes() {
            return respondentTypes;
        }

        public void setRespondentTypes(List<String> respondentTypes) {
            this.respondentTypes = respondentTypes;
        }

        public List<String> getRegions() {
            return regions;
        }

        public void setRegions(List<String> regions) {
            this.regions = regions;
        }
    }
}
