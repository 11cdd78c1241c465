package org.bihuan.task;

import org.bihuan.identity.Users;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** An official's own absences and stand-ins. */
@RestController
@RequestMapping("/api/me/absences")
class AbsenceController {

    private final Absences absences;
    private final Users users;

    AbsenceController(Absences absences, Users users) {
        this.absences = absences;
        this.users = users;
    }

    @PostMapping
    ResponseEntity<Absence> announce(@RequestBody AbsenceRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(absences.announce(users.current(), request));
    }

    @GetMapping
    List<Absence> mine() {
        return absences.of(users.current());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> withdraw(@PathVariable long id) {
        absences.withdraw(users.current(), id);
        return ResponseEntity.noContent().build();
    }
}
