package org.bihuan.proposal;

import org.bihuan.casefile.CasePage;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.lifecycle.CaseNotices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The published replies, for anyone without an account (the public page and {@code GET /api/proposals/published}):
 * searched by words (in the title, the category, the reply and the number), session year and category, newest
 * number first, a page at a time.
 */
@Service
@Transactional(readOnly = true)
public class PublishedReplies {

    /** The longest search text accepted: a search is a few words, not a paragraph. */
    public static final int MAX_WORDS = 100;
    /** The most replies one page holds (the API's unpaged list is one page of this size). */
    public static final int MAX_PAGE_SIZE = 500;

    private final ProposalRecords proposals;
    private final CaseNotices notices;
    private final JdbcClient jdbc;

    PublishedReplies(ProposalRecords proposals, CaseNotices notices, JdbcClient jdbc) {
        this.proposals = proposals;
        this.notices = notices;
        this.jdbc = jdbc;
    }

    /**
     * @param words    free text, case-insensitive, wildcards typed by the user match literally; blank for all
     * @param year     the session year, or null for every year
     * @param category one category exactly as filed, or blank for all
     */
    public record Search(String words, Integer year, String category, int page, int size) {
    }

    public CasePage<PublishedReply> search(Search search) {
        List<Violation> violations = new ArrayList<>();
        if (search.words() != null && search.words().length() > MAX_WORDS) {
            violations.add(new Violation("q", "must be at most " + MAX_WORDS + " characters"));
        }
        if (search.page() < 0) {
            violations.add(new Violation("page", "must be 0 or more"));
        }
        if (search.size() < 1 || search.size() > MAX_PAGE_SIZE) {
            violations.add(new Violation("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        StringBuilder where = new StringBuilder(" where p.published_at is not null");
        List<Object> params = new ArrayList<>();
        if (search.year() != null) {
            where.append(" and p.session_year = ?");
            params.add(search.year());
        }
        if (search.category() != null && !search.category().isBlank()) {
            where.append(" and p.category = ?");
            params.add(search.category().strip());
        }
        if (search.words() != null && !search.words().isBlank()) {
            String like = "%" + search.words().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (lower(p.title) like ? or lower(p.category) like ? or lower(p.reply_text) like ? or lower(p.case_no) like ?)");
            params.addAll(List.of(like, like, like, like));
        }
        long total = jdbc.sql("select count(*) from proposal p" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(search.size());
        pageParams.add((long) search.page() * search.size());
        List<String> numbers = jdbc.sql("select p.case_no from proposal p" + where + " order by p.case_no desc limit ? offset ?")
                .params(pageParams).query(String.class).list();
        return new CasePage<>(numbers.stream().map(this::reply).toList(), search.page(), search.size(), total);
    }

    /** The categories that have a published reply, for a choice of category. */
    public List<String> categories() {
        return jdbc.sql("select distinct category from proposal where published_at is not null order by category")
                .query(String.class).list();
    }

    /** The session years that have a published reply, newest first. */
    public List<Integer> years() {
        return jdbc.sql("select distinct session_year from proposal where published_at is not null order by session_year desc")
                .query(Integer.class).list();
    }

    private PublishedReply reply(String proposalNo) {
        ProposalRecord p = proposals.get(proposalNo);
        String names = String.join("、", proposals.activeSigners(proposalNo).stream().map(notices::displayName).toList());
        return new PublishedReply(proposalNo, p.sessionYear(), p.title(), p.category(), names,
                p.leadUnit() == null ? null : notices.unitName(p.leadUnit()), p.replyClass(), p.replyText(), p.repliedAt());
    }
}
