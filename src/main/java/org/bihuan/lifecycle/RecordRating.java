package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 评价: the filing party's rating (by itself or taken on the phone) goes on the case file, for the statistics. */
@Component("recordRating")
class RecordRating implements JavaDelegate {

    private final CaseFiles caseFiles;

    RecordRating(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        caseFiles.recordRating(execution.getProcessBusinessKey(), (String) execution.getVariable("satisfaction"));
    }
}
