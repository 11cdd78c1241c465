package org.bihuan.api;

import org.bihuan.domain.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Domain failures become problem details; a database concurrency failure is a 409 to retry, never a 500. */
class ApiProblemsTest {

    @RestController
    static class Failing {
        @GetMapping("/lock-timeout")
        void lockTimeout() {
            throw new CannotAcquireLockException("could not obtain lock on row in relation case_number_counter");
        }

        @GetMapping("/deadlock")
        void deadlock() {
            throw new PessimisticLockingFailureException("deadlock detected");
        }

        @GetMapping("/missing")
        void missing() {
            throw new NotFoundException("no complaint TS2026-000099");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(new ApiProblems()).build();

    @Test
    void aLockTimeoutAnswers409WithRetryAfterAndSaysNothingWasStored() throws Exception {
        mvc.perform(get("/lock-timeout"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing was stored")));
    }

    @Test
    void aDeadlockAnswers409() throws Exception {
        mvc.perform(get("/deadlock")).andExpect(status().isConflict());
    }

    @Test
    void aDomainNotFoundAnswers404() throws Exception {
        mvc.perform(get("/missing")).andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("no complaint TS2026-000099"));
    }
}
