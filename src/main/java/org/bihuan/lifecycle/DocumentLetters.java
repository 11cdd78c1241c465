package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseFile;
import org.bihuan.document.DocumentRegister;
import org.springframework.stereotype.Component;

import java.util.List;

/** The official documents issued on a case, as the officials' case view lists its letters. */
@Component
class DocumentLetters implements CaseLetters {

    private final DocumentRegister register;

    DocumentLetters(DocumentRegister register) {
        this.register = register;
    }

    @Override
    public List<Letter> letters(CaseFile file) {
        return register.ofCase(file.caseNo()).stream()
                .map(d -> new Letter(d.kind(), d.documentNo(), "/api/cases/" + d.caseNo() + "/documents/" + d.id() + ".pdf"))
                .toList();
    }
}
