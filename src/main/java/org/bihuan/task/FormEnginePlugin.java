package org.bihuan.task;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts {@link EngineFormCheck} on every user task of every deployed model, so that no door into the engine
 * (Tasklist, the engine's REST API, {@code TaskService.complete}) completes a task past its form. The Spring
 * Boot starter registers every {@code ProcessEnginePlugin} bean, as it registers its own eventing plugin.
 *
 * <p>The same registration puts {@link WorkbenchTaskEvents} (stand-ins, drafts) on every user task.
 *
 * <p>The listener is a built-in one (it runs even when custom listeners are skipped) added by a pre-parse
 * listener, so it runs before the eventing listeners (deadline watch, case step) that react to the completion.
 */
@Component
class FormEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<EngineFormCheck> check;
    private final ObjectProvider<WorkbenchTaskEvents> workbench;

    /** The listeners need the engine's services, so they are looked up when a task event comes, not when the engine is built. */
    FormEnginePlugin(ObjectProvider<EngineFormCheck> check, ObjectProvider<WorkbenchTaskEvents> workbench) {
        this.check = check;
        this.workbench = workbench;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener listener = task -> check.getObject().on(task);
        TaskListener workbenchListener = task -> workbench.getObject().on(task);
        BpmnParseListener onEveryUserTask = new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                EngineFormCheck.events().forEach(event -> definition.addBuiltInTaskListener(event, listener));
                WorkbenchTaskEvents.events().forEach(event -> definition.addBuiltInTaskListener(event, workbenchListener));
            }
        };
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(onEveryUserTask);
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(0, new UnwrapRejection());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    /**
     * The engine wraps whatever a task listener throws in a plain {@link ProcessEngineException}, which the
     * engine's REST API answers with 500. Outside the transaction (already rolled back) this hands the
     * rejection itself to the caller: 400 from the REST API, {@link CompletionRejectedException} from Java.
     */
    static final class UnwrapRejection extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException wrapped) {
                for (Throwable cause = wrapped; cause != null; cause = cause.getCause()) {
                    if (cause instanceof CompletionRejectedException rejected) {
                        throw rejected;
                    }
                }
                throw wrapped;
            }
        }
    }
}
