package org.bihuan.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a person does in the system. Each role is also a Camunda group, so BPMN candidate groups and
 * Tasklist/Cockpit authorizations speak the same names as the API.
 */
public enum Role {
    ENTERPRISE("enterprise", "企业"),
    INTAKE("intake", "受理人员"),
    UNIT("unit", "承办单位人员"),
    SUPERVISOR("supervisor", "督查人员"),
    ADMIN("camunda-admin", "系统管理员"),
    MEMBER("member", "政协委员"),
    COMMITTEE("committee", "提案委员会人员"),
    LEADER("leader", "领导");

    /** The roles of people who work cases rather than file them (everyone but enterprises and members). */
    public static final Set<Role> OFFICIALS = Collections.unmodifiableSet(EnumSet.of(INTAKE, UNIT, SUPERVISOR, ADMIN, COMMITTEE, LEADER));

    private final String camundaGroup;
    private final String label;

    Role(String camundaGroup, String label) {
        this.camundaGroup = camundaGroup;
        this.label = label;
    }

    /** The Camunda group id; ADMIN maps to the engine's built-in administrator group. */
    public String camundaGroup() {
        return camundaGroup;
    }

    String label() {
        return label;
    }
}
