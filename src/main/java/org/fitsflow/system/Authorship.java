package org.fitsflow.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.fitsflow.system.forms.FormInputRefused;

/**
 * Who did something comes from the login, never from what a client sends. When a person starts a process (through
 * Tasklist or the REST API), the start event's initiator variable ({@code camunda:initiator="loggedBy"}) must be
 * them, and none of the authorship variables ({@link SecurityProperties#authorshipVariables()}) may come with the
 * start, except those the holders of a function may give in their school (the single point of contact's
 * {@code reportedFor}). Anything else is refused before the process does anything, so nothing is recorded and no
 * reference is used. Sub-processes get these variables from their caller (server-side), administrators are trusted,
 * and the server's own starts run without a person's login.
 *
 * <p>An engine plugin, so that it covers every model, including those deployed from Camunda Modeler.
 */
public class Authorship extends AbstractProcessEnginePlugin {

	private final List<String> authorshipVariables;
	private final Map<String, String> givenByFunction;

	public Authorship(SecurityProperties properties) {
		this.authorshipVariables = List.copyOf(properties.authorshipVariables());
		this.givenByFunction = Map.copyOf(properties.givenByFunction());
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
				if (scope.getProcessDefinition() == scope) {
					// The engine sets the initiator variable however the process starts (form, message): read it from
					// the model, where any of its start events may name it.
					ProcessDefinitionImpl process = scope.getProcessDefinition();
					activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> check(execution,
							(String) process.getProperty(BpmnParse.PROPERTYNAME_INITIATOR_VARIABLE_NAME)));
				}
			}
		});
	}

	void check(DelegateExecution execution, String initiator) {
		if (execution.getParentId() != null || execution.getSuperExecution() != null) {
			return;
		}
		Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (caller == null || caller.getUserId() == null
				|| (caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN))) {
			return;
		}
		List<String> refused = new ArrayList<>();
		if (initiator != null && !Objects.equals(caller.getUserId(), execution.getVariable(initiator))) {
			refused.add(initiator);
		}
		for (String name : authorshipVariables) {
			if (name.equals(initiator) || blank(execution.getVariable(name))) {
				continue;
			}
			String function = givenByFunction.get(name);
			boolean holder = function != null && execution.getTenantId() != null && caller.getGroupIds() != null
					&& caller.getGroupIds().contains(SchoolGroups.of(execution.getTenantId(), function));
			if (!holder) {
				refused.add(name);
			}
		}
		if (!refused.isEmpty()) {
			throw new FormInputRefused(String.join(", ", refused) + ": FITS Flow records who did what from your login; "
					+ "leave " + (refused.size() == 1 ? "it" : "them") + " out"
					+ (refused.contains("reportedFor") ? " (only the single point of contact logs on someone's behalf)" : "")
					+ ".");
		}
	}

	private static boolean blank(Object value) {
		return value == null || (value instanceof String s && s.isBlank());
	}
}
