package org.bihuan.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api")
class IdentityController {

    private final Users users;

    IdentityController(Users users) {
        this.users = users;
    }

    /** Who am I: any authenticated user. */
    @GetMapping("/me")
    Me me() {
        AppUser user = users.current();
        String unitName = user.unitCode() == null ? null : users.unit(user.unitCode()).map(Unit::name).orElse(null);
        return new Me(user.username(), user.displayName(), user.roles(), user.unitCode(), unitName, user.creditCode());
    }

    /** The handling units a case can be transferred to: any authenticated user. */
    @GetMapping("/units")
    List<UnitOption> units() {
        return users.unitsOfKind("HANDLING").stream().map(unit -> new UnitOption(unit.code(), unit.name())).toList();
    }

    record Me(String username, String displayName, Set<Role> roles, String unitCode,
              @JsonInclude(JsonInclude.Include.NON_NULL) String unitName,
              @JsonInclude(JsonInclude.Include.NON_NULL) String creditCode) {
    }

    record UnitOption(String code, String name) {
    }
}
