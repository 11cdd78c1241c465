package org.bihuan.web.workbench;

import org.bihuan.casefile.CasePage;
import org.bihuan.casefile.CaseSearch;
import org.bihuan.casefile.CaseSearchRequest;
import org.bihuan.casefile.CaseSearchRow;
import org.bihuan.casefile.CaseType;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.export.TableExport;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.StatusVocabulary;
import org.bihuan.web.Downloads;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Option;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.bihuan.web.Pager;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 案件查询: every case the official may see (the one visibility rule, through {@link CaseSearch}, the service of
 * {@code GET /api/cases}), filtered, sorted and paged by exactly the API's parameters, so that a link built for the
 * API (a dashboard's) opens the same rows here; the result exports as CSV or XLSX with the same filters. Each row
 * links to the case page.
 */
@Controller
class CaseSearchPage {

    static final String PATH = "/workbench/cases";
    /** The columns a person may sort by, in the order of the table (the API's sort keys). */
    static final List<String> SORTABLE = List.of("caseNo", "type", "status", "unit", "step", "currentDue", "receivedAt");
    /** The search's parameters that the form has no field for: a dashboard's figure links with them. */
    static final List<String> FIGURE_CRITERIA = CaseSearchRequest.PARAMETERS.stream()
            .filter(name -> !List.of("caseNo", "party", "type", "status", "unit", "step", "overdue", "receivedFrom", "receivedTo",
                    "sort", "direction", "page", "size").contains(name))
            .toList();

    private final CaseSearch search;
    private final Users users;
    private final StatusVocabulary vocabulary;
    private final PageForms forms;
    private final PageLabels labels;

    CaseSearchPage(CaseSearch search, Users users, StatusVocabulary vocabulary, PageForms forms, PageLabels labels) {
        this.search = search;
        this.users = users;
        this.vocabulary = vocabulary;
        this.forms = forms;
        this.labels = labels;
    }

    /**
     * The search as typed; every field is the API's parameter of the same name. A bean with setters, not the API's
     * record: a page number that does not convert is shown next to its field with the other values kept.
     */
    public static final class Form {
        private String caseNo;
        private String party;
        private String type;
        private String status;
        private String unit;
        private String step;
        private String overdue;
        private String receivedFrom;
        private String receivedTo;
        private String sort;
        private String direction;
        private Integer page;
        private Integer size;
        /**
         * The criteria a dashboard's figure links with beyond this form's fields (closed between, rating, a step's
         * state, due dates and 督办 level…): kept as given, shown as chips, carried by the sort, page and export links.
         */
        private final Map<String, String> figureCriteria = new LinkedHashMap<>();

        /** Takes, of the query, the search parameters that are not fields of this form. */
        void figureCriteria(Map<String, String> query) {
            query.forEach((name, value) -> {
                if (FIGURE_CRITERIA.contains(name) && value != null && !value.isBlank()) {
                    figureCriteria.put(name, value.strip());
                }
            });
        }

        Map<String, String> getFigureCriteria() {
            return figureCriteria;
        }

        CaseSearchRequest request() {
            Map<String, String> parameters = new LinkedHashMap<>(filters());
            if (page != null) {
                parameters.put("page", page.toString());
            }
            return CaseSearchRequest.fromParameters(parameters);
        }

        /** The filters (and order and page size) as query parameters, blank ones left out; without the page. */
        Map<String, String> filters() {
            Map<String, String> filters = new LinkedHashMap<>();
            filters.put("caseNo", caseNo);
            filters.put("party", party);
            filters.put("type", type);
            filters.put("status", status);
            filters.put("unit", unit);
            filters.put("step", step);
            filters.put("overdue", overdue);
            filters.put("receivedFrom", receivedFrom);
            filters.put("receivedTo", receivedTo);
            filters.put("sort", sort);
            filters.put("direction", direction);
            filters.put("size", size == null ? null : size.toString());
            filters.putAll(figureCriteria);
            filters.values().removeIf(value -> value == null || value.isBlank());
            return filters;
        }

        public String getCaseNo() {
            return caseNo;
        }

        public void setCaseNo(String caseNo) {
            this.caseNo = caseNo;
        }

        public String getParty() {
            return party;
        }

        public void setParty(String party) {
            this.party = party;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getStep() {
            return step;
        }

        public void setStep(String step) {
            this.step = step;
        }

        public String getOverdue() {
            return overdue;
        }

        public void setOverdue(String overdue) {
            this.overdue = overdue;
        }

        public String getReceivedFrom() {
            return receivedFrom;
        }

        public void setReceivedFrom(String receivedFrom) {
            this.receivedFrom = receivedFrom;
        }

        public String getReceivedTo() {
            return receivedTo;
        }

        public void setReceivedTo(String receivedTo) {
            this.receivedTo = receivedTo;
        }

        public String getSort() {
            return sort;
        }

        public void setSort(String sort) {
            this.sort = sort;
        }

        public String getDirection() {
            return direction;
        }

        public void setDirection(String direction) {
            this.direction = direction;
        }

        public Integer getPage() {
            return page;
        }

        public void setPage(Integer page) {
            this.page = page;
        }

        public Integer getSize() {
            return size;
        }

        public void setSize(Integer size) {
            this.size = size;
        }
    }

    /** A column heading: its sort key, the link that sorts by it, and how the result is sorted by it now (aria-sort). */
    public record Column(String key, String href, String ariaSort) {
    }

    @GetMapping(PATH)
    String page(@ModelAttribute("search") Form form, BindingResult binding, @RequestParam Map<String, String> query, Model model) {
        form.figureCriteria(query);
        CasePage<CaseSearchRow> found = new CasePage<>(List.of(), 0, 20, 0);
        if (binding.hasErrors()) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(binding));
        } else {
            try {
                found = search.search(users.current(), form.request());
            } catch (InvalidRequestException rejected) {
                model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            }
        }
        Map<String, String> filters = form.filters();
        model.addAttribute("rows", found.items());
        model.addAttribute("pager", Pager.of(found, PATH, filters));
        model.addAttribute("csvHref", link(PATH + ".csv", filters));
        model.addAttribute("xlsxHref", link(PATH + ".xlsx", filters));
        model.addAttribute("columns", columns(form, filters));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("figureCriteria", figureCriteria(form));
        options(form, model);
        return "workbench/search";
    }

    @GetMapping(PATH + ".csv")
    ResponseEntity<byte[]> csv(@ModelAttribute("search") Form form, @RequestParam Map<String, String> query) {
        form.figureCriteria(query);
        return file(search.csv(users.current(), form.request()), new MediaType("text", "csv", StandardCharsets.UTF_8), ".csv");
    }

    @GetMapping(PATH + ".xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute("search") Form form, @RequestParam Map<String, String> query) {
        form.figureCriteria(query);
        return file(search.xlsx(users.current(), form.request()), MediaType.parseMediaType(TableExport.XLSX_MEDIA_TYPE), ".xlsx");
    }

    private ResponseEntity<byte[]> file(byte[] body, MediaType type, String extension) {
        return Downloads.attachment(search.exportName() + extension, type, body);
    }

    /** A figure's criterion as the page shows it: its name in words, its value as given, the search without it. */
    public record Criterion(String name, String label, String value, String withoutHref) {
    }

    private List<Criterion> figureCriteria(Form form) {
        List<Criterion> criteria = new ArrayList<>();
        form.getFigureCriteria().forEach((name, value) -> {
            Map<String, String> without = new LinkedHashMap<>(form.filters());
            without.remove(name);
            criteria.add(new Criterion(name, labels.message("workbench.search.criterion." + name), value, link(PATH, without)));
        });
        return criteria;
    }

    private List<Column> columns(Form form, Map<String, String> filters) {
        String sortedBy = blank(form.getSort()) ? "receivedAt" : form.getSort().strip();
        boolean ascending = "asc".equalsIgnoreCase(blank(form.getDirection()) ? "desc" : form.getDirection().strip());
        List<Column> columns = new ArrayList<>();
        for (String key : SORTABLE) {
            boolean current = key.equals(sortedBy);
            Map<String, String> sorted = new LinkedHashMap<>(filters);
            sorted.put("sort", key);
            sorted.put("direction", current && ascending ? "desc" : "asc");
            columns.add(new Column(key, link(PATH, sorted), current ? (ascending ? "ascending" : "descending") : null));
        }
        return columns;
    }

    private void options(Form form, Model model) {
        List<CaseType> types = typesOf(form);
        model.addAttribute("typeOptions", labels.withBlank("workbench.search.anyType",
                labels.options("caseType", List.of(CaseType.values()).stream().map(Enum::name).toList())));
        Map<String, String> statuses = new LinkedHashMap<>();
        Map<String, String> steps = new LinkedHashMap<>();
        for (CaseType type : types) {
            vocabulary.statuses(type).forEach(code -> statuses.merge(code, labels.status(type.name(), code), CaseSearchPage::both));
            vocabulary.userTaskKeys(type).forEach(key -> steps.merge(key, labels.step(type.name(), key), CaseSearchPage::both));
        }
        model.addAttribute("statusOptions", labels.withBlank("workbench.search.anyStatus", sortedOptions(statuses)));
        model.addAttribute("stepOptions", labels.withBlank("workbench.search.anyStep", sortedOptions(steps)));
        model.addAttribute("unitOptions", labels.withBlank("workbench.search.anyUnit",
                users.units().stream().map(u -> new Option(u.code(), u.name())).toList()));
        model.addAttribute("overdueOptions", labels.withBlank("workbench.search.overdue.any", List.of(
                new Option("true", labels.message("workbench.search.overdue.true")),
                new Option("false", labels.message("workbench.search.overdue.false")))));
        model.addAttribute("sortOptions", SORTABLE.stream().map(key -> new Option(key, labels.message("workbench.search.column." + key))).toList());
        model.addAttribute("directionOptions", List.of(
                new Option("desc", labels.message("workbench.search.direction.desc")),
                new Option("asc", labels.message("workbench.search.direction.asc"))));
    }

    /** The case types whose statuses and steps a choice offers: the one chosen, or all. */
    private static List<CaseType> typesOf(Form form) {
        for (CaseType type : CaseType.values()) {
            if (type.name().equals(form.getType())) {
                return List.of(type);
            }
        }
        return List.of(CaseType.values());
    }

    /** A code two case types share (CLOSED, signFor) under both their labels when they differ. */
    private static String both(String first, String second) {
        return first.equals(second) ? first : first + " / " + second;
    }

    private static List<Option> sortedOptions(Map<String, String> labelsByCode) {
        return labelsByCode.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(Option::label)).toList();
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Unit unit : users.units()) {
            names.put(unit.code(), unit.name());
        }
        return names;
    }

    private static String link(String path, Map<String, String> parameters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        parameters.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
