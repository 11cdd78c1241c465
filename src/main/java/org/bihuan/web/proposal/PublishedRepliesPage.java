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

    /** The search as typed; year stays what was typed when it is not a number, so the form can show it. */
    record Search(String q, Integer year, String category, Integer page) {
        int pageOrFirst() {
            return page == null ? 0 : page;
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
