package org.bihuan.task;

import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.springframework.stereotype.Component;

import java.util.List;

/** The units a case can be handed to (转办, 交办): the handling units, by name. */
@Component
class HandlingUnitOptions implements ChoiceOptions {

    static final String HANDLING = "HANDLING";

    private final Users users;

    HandlingUnitOptions(Users users) {
        this.users = users;
    }

    @Override
    public String valuesKey() {
        return "unitOptions";
    }

    @Override
    public List<ChoiceOption> offeredFor(OpenTask task) {
        return users.unitsOfKind(HANDLING).stream().map(HandlingUnitOptions::option).toList();
    }

    private static ChoiceOption option(Unit unit) {
        return new ChoiceOption(unit.name(), unit.code());
    }
}
