package org.bihuan.web;

import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The places each role works in, as the header and the start page link them. A place may be a page another
 * issue builds (the workbench, the dashboard): its link is here already, and answers the 404 page until then.
 */
public final class Navigation {

    public static final String MY_COMPLAINTS = "/portal/complaints";
    public static final String NEW_COMPLAINT = "/portal/complaints/new";
    public static final String MY_ENTERPRISE = "/portal/enterprise";
    public static final String MY_PROPOSALS = "/portal/proposals";
    public static final String NEW_PROPOSAL = "/portal/proposals/new";
    public static final String COSIGN_REQUESTS = "/portal/proposals/cosign";
    public static final String WORKBENCH = "/workbench";
    /** The officials' inbox: every official. */
    public static final String TASKS = WORKBENCH + "/tasks";
    /** Case search over every type the official may see: every official. */
    public static final String CASES = WORKBENCH + "/cases";
    /** A complaint filed on an enterprise's behalf (phone, letter, hotline): intake. */
    public static final String COMPLAINT_ON_BEHALF = WORKBENCH + "/complaints/new";
    /** The enterprise identity-verification queue: intake, supervisors, administrators. */
    public static final String ENTERPRISES = WORKBENCH + "/enterprises";
    /** Absences and stand-ins: every official. */
    public static final String ABSENCES = WORKBENCH + "/absences";
    /** Registering and assigning proposals in one batch: the committee. */
    public static final String BATCH_PROPOSALS = WORKBENCH + "/batches/proposals";
    /** One 催办 to every overdue step of a unit: supervisors. */
    public static final String BATCH_REMINDERS = WORKBENCH + "/batches/reminders";
    public static final String DASHBOARD = "/dashboard";
    public static final String KEY_PROPOSALS = "/dashboard/key-proposals";
    public static final String ADMIN = "/admin";
    public static final String PUBLISHED_REPLIES = "/proposals/published";

    static final Set<Role> SUPERVISORS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
    /** Who has figures on the dashboard (intake the complaints', the committee the proposals'); unit heads have their unit's. */
    static final Set<Role> DASHBOARD_ROLES = EnumSet.of(Role.SUPERVISOR, Role.ADMIN, Role.INTAKE, Role.COMMITTEE);

    /** A link of the header: its text is the message {@code key}. */
    public record Link(String key, String href) {
    }

    private static final Map<Role, List<Link>> BY_ROLE = Map.of(
            Role.ENTERPRISE, List.of(new Link("nav.complaints", MY_COMPLAINTS), new Link("nav.complaints.new", NEW_COMPLAINT),
                    new Link("nav.enterprise", MY_ENTERPRISE)),
            Role.MEMBER, List.of(new Link("nav.proposals", MY_PROPOSALS), new Link("nav.proposals.new", NEW_PROPOSAL),
                    new Link("nav.cosign", COSIGN_REQUESTS)));

    /** The workbench's places every official has, then those of particular roles, in the header's order. */
    private static final List<Link> WORKBENCH_FOR_EVERY_OFFICIAL = List.of(new Link("workbench.nav.tasks", TASKS),
            new Link("workbench.nav.cases", CASES));
    private static final Map<Role, List<Link>> WORKBENCH_BY_ROLE = Map.of(
            Role.INTAKE, List.of(new Link("workbench.nav.complaintOnBehalf", COMPLAINT_ON_BEHALF),
                    new Link("workbench.nav.enterprises", ENTERPRISES)),
            Role.SUPERVISOR, List.of(new Link("workbench.nav.enterprises", ENTERPRISES),
                    new Link("workbench.nav.batchReminders", BATCH_REMINDERS)),
            Role.ADMIN, List.of(new Link("workbench.nav.enterprises", ENTERPRISES)),
            Role.COMMITTEE, List.of(new Link("workbench.nav.batchProposals", BATCH_PROPOSALS)));
    private static final Link ABSENCES_LINK = new Link("workbench.nav.absences", ABSENCES);

    /**
     * Header badges that refresh themselves (htmx asks the path every minute and when the window gets the focus back;
     * it answers the badge's markup): by the href of the link they belong to.
     */
    private static final Map<String, String> COUNT_REFRESH = Map.of(TASKS, TASKS + "/count");

    private Navigation() {
    }

    /** The links a person's roles may use, each once, in the order of the roles. */
    static List<Link> linksFor(AppUser user) {
        return linksFor(user, false);
    }

    /** @param unitHead the person heads a unit (and so has its unit's figures on the dashboard) */
    static List<Link> linksFor(AppUser user, boolean unitHead) {
        Set<Link> links = new LinkedHashSet<>();
        for (Role role : user.roles()) {
            links.addAll(BY_ROLE.getOrDefault(role, List.of()));
        }
        if (user.isOfficial()) {
            links.addAll(WORKBENCH_FOR_EVERY_OFFICIAL);
            for (Role role : user.roles()) {
                links.addAll(WORKBENCH_BY_ROLE.getOrDefault(role, List.of()));
            }
            links.add(ABSENCES_LINK);
        }
        if (user.roles().stream().anyMatch(DASHBOARD_ROLES::contains) || unitHead) {
            links.add(new Link("nav.dashboard", DASHBOARD));
        }
        if (user.has(Role.LEADER)) {
            links.add(new Link("dashboard.nav.keyProposals", KEY_PROPOSALS));
        }
        if (user.has(Role.ADMIN)) {
            links.add(new Link("nav.admin", ADMIN));
        }
        return new ArrayList<>(links);
    }

    /** Where the header's badge of this link fetches its fresh count from; null for a badge drawn with the page only. */
    public static String countRefresh(String href) {
        return COUNT_REFRESH.get(href);
    }
}
