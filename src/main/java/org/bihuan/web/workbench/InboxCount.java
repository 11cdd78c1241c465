package org.bihuan.web.workbench;

import org.bihuan.identity.AppUser;
import org.bihuan.task.Inbox;
import org.bihuan.web.Navigation;
import org.bihuan.web.NavigationCount;
import org.springframework.stereotype.Component;

/** The header shows an official how many tasks wait in the inbox: their own and those offered to their groups. */
@Component
class InboxCount implements NavigationCount {

    private final Inbox inbox;

    InboxCount(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public String href() {
        return Navigation.TASKS;
    }

    @Override
    public long count(AppUser user) {
        return inbox.total(user);
    }
}
