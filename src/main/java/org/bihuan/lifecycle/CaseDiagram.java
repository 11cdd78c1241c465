package org.bihuan.lifecycle;

import java.util.List;

/**
 * A case's lifecycle process as a page draws it (bpmn-js): the model's BPMN XML as deployed for this case and which
 * of its activities the case has passed and is in now. Only the lifecycle's own process, not the deadline watches or
 * supervision acts started beside it.
 *
 * @param passed  ids of the activities the case has finished, in the order it first finished them
 * @param current ids of the activities the case is in now (a step, the sub-process around it); empty once it ended
 */
public record CaseDiagram(String caseNo, String processDefinitionKey, String processDefinitionId, String bpmnXml,
                          List<String> passed, List<String> current) {
}
