package org.bihuan.task;

import org.bihuan.identity.Role;
import org.bihuan.identity.Users;
import org.springframework.stereotype.Component;

import java.util.List;

/** The leaders who may supervise a key proposal, by name. */
@Component
class LeaderOptions implements ChoiceOptions {

    private final Users users;

    LeaderOptions(Users users) {
        this.users = users;
    }

    @Override
    public String valuesKey() {
        return "leaderOptions";
    }

    @Override
    public List<ChoiceOption> offeredFor(OpenTask task) {
        return users.withRole(Role.LEADER).stream()
                .map(leader -> new ChoiceOption(leader.displayName(), leader.username()))
                .toList();
    }
}
