package org.bihuan.web.proposal;

import org.bihuan.casefile.CasePage;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.proposal.PublishedReplies;
import org.bihuan.proposal.PublishedReply;
import org.bihuan.web.FormErrors;
import org.bihuan.web.Navigation;
import org.bihuan.web.Option;
import org.bihuan.web.PageLabels;
import org.bihuan.web.PageForms;
import org.bihuan.web.Pager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 公开答复: the replies published for everyone, searched by words, year and category, a page at a time. Reads
 * the same service as {@code GET /api/proposals/published}; no contact details are in what it gets.
 */
@Controller
class PublishedRepliesPage {

    private final PublishedReplies replies;
    private final PageForms forms;
    private final PageLabels labels;
    private final int pageSize;

    PublishedRepliesPage(PublishedReplies replies, PageForms forms, PageLabels labels,
                         @Value("${bihuan.web.published-page-size:10}") int pageSize) {
        this.replies = replies;
        this.forms = forms;
        this.labels = labels;
        this.pageSize = pageSize;
    }

    /**
     * The search as typed. A bean, not a record: when a value does not convert (a year "20x6") the binder keeps the
     * object with the other values, so the page shows them again with the error.
     */
    public static final class Search {
        private String q;
        private Integer year;
        private String category;
        private Integer page;

        public String q() {
            return q;
        }

        public Integer year() {
            return year;
        }

        public String category() {
            return category;
        }

        int pageOrFirst() {
            return page == null ? 0 : page;
        }

        public void setQ(String q) {
            this.q = q;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public void setPage(Integer page) {
            this.page = page;
        }
    }

    @GetMapping(Navigation.PUBLISHED_REPLIES)
    String page(@ModelAttribute("search") Search search, BindingResult binding, Model model) {
        model.addAttribute("yearOptions", labels.withBlank("published.anyYear",
                replies.years().stream().map(year -> new Option(year.toString(), year.toString())).toList()));
        model.addAttribute("categoryOptions", labels.withBlank("published.anyCategory",
                replies.categories().stream().map(category -> new Option(category, category)).toList()));
        CasePage<PublishedReply> found = new CasePage<>(List.of(), 0, pageSize, 0);
        if (binding.hasErrors()) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(binding));
        } else {
            try {
                found = replies.search(new PublishedReplies.Search(search.q(), search.year(), search.category(),
                        search.pageOrFirst(), pageSize));
            } catch (InvalidRequestException rejected) {
                model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(rejected));
            }
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", search.q());
        filters.put("year", search.year());
        filters.put("category", search.category());
        model.addAttribute("replies", found.items());
        model.addAttribute("pager", Pager.of(found, Navigation.PUBLISHED_REPLIES, filters));
        return "proposal/published";
    }
}
