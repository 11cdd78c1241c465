package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseType;

/**
 * A lifecycle's demo cases for the newcomer's first look (default profile only). Each is driven through the
 * real services, so what the pages, Tasklist and the API show is what the lifecycle produces.
 */
public interface DemoCases {

    CaseType caseType();

    /** Creates the cases and says which, for the log; runs once, in one transaction, when the type has no case yet. */
    String seed(DemoActions actions);
}
