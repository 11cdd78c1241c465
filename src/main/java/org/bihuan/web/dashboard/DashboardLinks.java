package org.bihuan.web.dashboard;

import org.bihuan.domain.ForbiddenException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.proposal.KeyProposals;
import org.bihuan.supervision.Dashboards;
import org.bihuan.supervision.SupervisionDesk;
import org.bihuan.web.Navigation;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's pages a person may open, for the links between them (model attribute {@code dashboardLinks}): each
 * asked of the service whose rule it is, so a link is shown exactly where the page would open.
 */
@ControllerAdvice(basePackageClasses = DashboardLinks.class)
class DashboardLinks {

    static final String LEDGER = Navigation.DASHBOARD + "/ledger";
    static final String NOTICES = Navigation.DASHBOARD + "/notices";
    static final String REPORTS = Navigation.DASHBOARD + "/reports";

    private final Users users;
    private final Dashboards dashboards;
    private final SupervisionDesk desk;
    private final KeyProposals keyProposals;

    DashboardLinks(Users users, Dashboards dashboards, SupervisionDesk desk, KeyProposals keyProposals) {
        this.users = users;
        this.dashboards = dashboards;
        this.desk = desk;
        this.keyProposals = keyProposals;
    }

    @ModelAttribute("dashboardLinks")
    List<Navigation.Link> links(Principal principal) {
        if (principal == null) {
            return List.of();
        }
        AppUser user = users.find(principal.getName()).orElse(null);
        if (user == null) {
            return List.of();
        }
        List<Navigation.Link> links = new ArrayList<>();
        try {
            dashboards.scope(user);
            links.add(new Navigation.Link("dashboard.nav.overview", Navigation.DASHBOARD));
        } catch (ForbiddenException notForThem) {
            // no figures for this person
        }
        if (desk.mayRead(user)) {
            links.add(new Navigation.Link("dashboard.nav.ledger", LEDGER));
            links.add(new Navigation.Link("dashboard.nav.notices", NOTICES));
        }
        if (keyProposals.mayView(user)) {
            links.add(new Navigation.Link("dashboard.nav.keyProposals", Navigation.KEY_PROPOSALS));
        }
        if (dashboards.mayReport(user)) {
            links.add(new Navigation.Link("dashboard.nav.reports", REPORTS));
        }
        return links;
    }
}
