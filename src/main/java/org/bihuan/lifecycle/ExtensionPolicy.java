package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseFile;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How a case type extends a deadline (延期): who may ask, while which steps run, which process variables hold
 * the current and the longest deadline, and which task decides. The kernel applies one rule to all.
 *
 * @param requester        who may ask, in words for the error ("the handling unit")
 * @param requestingUnit   the unit code that may ask for this case
 * @param extendable       whether the case is at a step that can be extended now
 * @param decisionTaskKey  the task in which the deciding office approves or refuses ({@code approve}, {@code newDeadline})
 * @param decider          who decides, in words ("the supervisor")
 * @param dueVariable      process variable with the current due instant
 * @param maxVariable      process variable with the latest due instant allowed
 * @param maxDeadlineKey   the {@code bihuan.deadlines} key that sets the maximum, named in errors
 * @param extendedTaskKeys the open tasks whose due date moves on approval
 * @param requestMessage   the BPMN message that starts the decision
 * @param deadlineLabel    the deadline in words for the timeline (办理期限, 答复期限)
 */
public record ExtensionPolicy(String requester, Function<CaseFile, String> requestingUnit, Predicate<CaseFile> extendable,
                              String decisionTaskKey, String decider, String dueVariable, String maxVariable,
                              String maxDeadlineKey, List<String> extendedTaskKeys, String requestMessage, String deadlineLabel) {
}
