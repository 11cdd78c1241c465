package org.bihuan.web;

import org.bihuan.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class PagesTest extends PostgresIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void theSignInPageIsInChineseAndStyledFromTheJar() {
        var login = http.getForEntity("/login", String.class);
        assertThat(login.getStatusCode().value()).isEqualTo(200);
        assertThat(login.getBody()).contains("用户名", "密码", "登录", "name=\"_csrf\"");

        var css = http.getForEntity("/webjars/bootstrap/css/bootstrap.min.css", String.class);
        assertThat(css.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theStartPageInvitesAVisitorToSignIn() {
        var home = http.getForEntity("/", String.class);
        assertThat(home.getStatusCode().value()).isEqualTo(200);
        assertThat(home.getBody()).contains("请登录后办理", "/login", "已公开的提案答复");
    }
}
