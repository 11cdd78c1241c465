package org.bihuan.proposal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * CPPCC sessions for the administrator (ADMIN only, as everything under /api/admin). The body is checked by the
 * service itself, so the page and the API answer with the same field errors.
 */
@RestController
@RequestMapping("/api/admin/sessions")
class SessionController {

    private final CppccSessions sessions;

    SessionController(CppccSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping
    List<SessionView> list() {
        return sessions.list().stream().map(SessionView::of).toList();
    }

    @GetMapping("/{id}")
    SessionView get(@PathVariable long id) {
        return SessionView.of(sessions.get(id));
    }

    @PostMapping
    ResponseEntity<SessionView> create(@RequestBody SessionRequest request) {
        CppccSession created = sessions.create(request);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(SessionView.of(created));
    }

    @PutMapping("/{id}")
    SessionView update(@PathVariable long id, @RequestBody SessionRequest request) {
        return SessionView.of(sessions.update(id, request));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        sessions.delete(id);
    }

    /** A session as the API shows it: with its name (七届二次会议) and how many proposals belong to it. */
    record SessionView(long id, String name, int term, int meeting, java.time.LocalDate plenaryOpens,
                       java.time.LocalDate plenaryCloses, java.time.LocalDate recessEnds, int numberYear, long proposals) {

        static SessionView of(CppccSession s) {
            return new SessionView(s.id(), s.name(), s.term(), s.meeting(), s.plenaryOpens(), s.plenaryCloses(), s.recessEnds(),
                    s.numberYear(), s.proposals());
        }
    }
}
