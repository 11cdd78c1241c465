package org.bihuan.task;

import org.bihuan.casefile.CaseComment;
import org.bihuan.casefile.CaseComments;
import org.bihuan.identity.Users;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Officials' internal comments beside a task's form (the case file keeps them, apart from the timeline). */
@RestController
@RequestMapping("/api/cases/{caseNo}/comments")
class CaseCommentController {

    private final CaseComments comments;
    private final Users users;

    CaseCommentController(CaseComments comments, Users users) {
        this.comments = comments;
        this.users = users;
    }

    @PostMapping
    ResponseEntity<CaseComment> add(@PathVariable String caseNo, @RequestBody(required = false) CommentRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(comments.add(users.current(), caseNo, request == null ? null : request.text()));
    }

    @GetMapping
    List<CaseComment> list(@PathVariable String caseNo) {
        return comments.list(users.current(), caseNo);
    }

    /** An internal comment's text. */
    record CommentRequest(String text) {
    }
}
