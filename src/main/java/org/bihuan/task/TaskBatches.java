package org.bihuan.task;

import org.bihuan.domain.ConflictException;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.Violation;
import org.bihuan.identity.AppUser;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Completes many tasks at once where offices work in batches (the committee's 立案 and 交办 after the plenary): each
 * item is validated like a single completion and completed in its own transaction, so one bad item stops nothing
 * else, and the answer says per item what happened.
 */
@Service
public class TaskBatches {

    private final TaskCompletion tasks;
    private final TaskProperties properties;
    private final TransactionTemplate eachOnItsOwn;

    TaskBatches(TaskCompletion tasks, TaskProperties properties, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.properties = properties;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public List<BatchResult> complete(AppUser user, List<BatchItem> items) {
        if (items == null || items.isEmpty()) {
            throw new InvalidRequestException("items", "must hold at least one completion");
        }
        if (items.size() > properties.batchMaxItems()) {
            throw new InvalidRequestException("items", "must hold at most " + properties.batchMaxItems() + " completions");
        }
        List<BatchResult> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BatchItem item : items) {
            String taskId = item == null || item.taskId() == null ? "" : item.taskId().strip();
            if (taskId.isEmpty()) {
                results.add(failed(taskId, 400, "must name a task"));
            } else if (!seen.add(taskId)) {
                results.add(failed(taskId, 400, "appears twice in the batch"));
            } else {
                results.add(completeOne(user, taskId, item.values()));
            }
        }
        return results;
    }

    private BatchResult completeOne(AppUser user, String taskId, java.util.Map<String, Object> values) {
        try {
            eachOnItsOwn.executeWithoutResult(status -> tasks.complete(user, taskId, values));
            return new BatchResult(taskId, true, 204, List.of());
        } catch (InvalidRequestException invalid) {
            return new BatchResult(taskId, false, 400, invalid.violations());
        } catch (NotFoundException | ForbiddenException notYours) {
            return failed(taskId, 404, notYours.getMessage());
        } catch (ConflictException conflict) {
            return failed(taskId, 409, conflict.getMessage());
        } catch (OptimisticLockingException | ConcurrencyFailureException busy) {
            return failed(taskId, 409, "someone else changed this case at the same moment; nothing was stored, try again");
        } catch (CompletionRejectedException rejected) {
            return new BatchResult(taskId, false, 400, rejected.errors().stream().map(e -> new Violation(e.field(), e.message())).toList());
        }
    }

    private static BatchResult failed(String taskId, int status, String message) {
        return new BatchResult(taskId, false, status, List.of(new Violation("taskId", message)));
    }
}
