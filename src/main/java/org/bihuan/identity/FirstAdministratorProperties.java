package org.bihuan.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator of a new installation, from the environment: {@code BIHUAN_BOOTSTRAP_ADMIN_USERNAME},
 * {@code BIHUAN_BOOTSTRAP_ADMIN_PASSWORD}, optionally {@code BIHUAN_BOOTSTRAP_ADMIN_EMAIL} and
 * {@code BIHUAN_BOOTSTRAP_ADMIN_DISPLAYNAME}. Used once, while no administrator exists ({@link FirstAdministrator}).
 */
@ConfigurationProperties("bihuan.bootstrap.admin")
record FirstAdministratorProperties(String username, String password, String email,
                                    @DefaultValue("系统管理员") String displayName) {

    boolean given() {
        return (username != null && !username.isBlank()) || (password != null && !password.isEmpty());
    }

    @Override
    public String toString() {
        return "FirstAdministratorProperties[username=" + username + "]";
    }
}
