package org.fitsflow.system.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * Moves running instances of a process to a newer version where the change allows, with Camunda's migration API:
 * each activity maps to the activity of the same id in the new version (a renamed step keeps its id), plus any
 * mapping the administrator gives for an id that changed. Each instance moves on its own, so one that cannot move
 * (it waits at a step the new version no longer has) stays where it was, with the engine's reason, and the others
 * still move. Waiting tasks take their step's new name, unless someone renamed the task itself.
 */
@Component
public class InstanceMigration {

	private final ProcessEngine engine;

	InstanceMigration(ProcessEngine engine) {
		this.engine = engine;
	}

	/** What to move: the process, optionally one version (default: every older one), the target (default: latest). */
	public record Request(Integer fromVersion, Integer toVersion, List<String> processInstanceIds,
			Map<String, String> activities) {
	}

	public record Moved(String processInstanceId, String businessKey, String schoolId, int fromVersion) {
	}

	public record NotMoved(String processInstanceId, String businessKey, String schoolId, int fromVersion,
			List<String> reasons) {
	}

	public record Result(String processKey, int toVersion, List<Moved> moved, List<NotMoved> notMoved) {
	}

	public Result migrate(String processKey, Request request) {
		List<ProcessDefinition> versions = engine.getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(processKey).withoutTenantId().orderByProcessDefinitionVersion().asc().list();
		if (versions.isEmpty()) {
			throw new NoSuchElementException("No process '" + processKey + "' is deployed.");
		}
		ProcessDefinition target = request.toVersion() == null ? versions.get(versions.size() - 1)
				: versions.stream().filter(v -> v.getVersion() == request.toVersion()).findFirst()
					.orElseThrow(() -> new NoSuchElementException(processKey + " has no version " + request.toVersion()
							+ "; deployed: " + versions.stream().map(ProcessDefinition::getVersion).toList()));
		List<ProcessDefinition> sources = versions.stream()
			.filter(v -> v.getVersion() != target.getVersion())
			.filter(v -> request.fromVersion() == null ? v.getVersion() < target.getVersion()
					: v.getVersion() == request.fromVersion())
			.toList();
		if (request.fromVersion() != null && sources.isEmpty()) {
			throw new IllegalArgumentException("fromVersion: " + processKey + " has no version " + request.fromVersion()
					+ " other than the target; deployed: " + versions.stream().map(ProcessDefinition::getVersion).toList());
		}
		Map<String, String> activities = request.activities() == null ? Map.of() : request.activities();
		Set<String> only = request.processInstanceIds() == null ? null : new LinkedHashSet<>(request.processInstanceIds());
		List<Moved> moved = new ArrayList<>();
		List<NotMoved> notMoved = new ArrayList<>();
		BpmnModelInstance targetModel = engine.getRepositoryService().getBpmnModelInstance(target.getId());
		for (ProcessDefinition source : sources) {
			List<ProcessInstance> instances = engine.getRuntimeService().createProcessInstanceQuery()
				.processDefinitionId(source.getId()).list().stream()
				.filter(i -> only == null || only.contains(i.getId()))
				.sorted(Comparator.comparing(ProcessInstance::getId))
				.toList();
			if (instances.isEmpty()) {
				continue;
			}
			MigrationPlan plan;
			try {
				plan = plan(source, target, activities);
			}
			catch (MigrationPlanValidationException e) {
				List<String> reasons = planFailures(e);
				instances.forEach(i -> notMoved.add(notMoved(i, source, reasons)));
				continue;
			}
			BpmnModelInstance sourceModel = engine.getRepositoryService().getBpmnModelInstance(source.getId());
			for (ProcessInstance instance : instances) {
				try {
					engine.getRuntimeService().newMigration(plan).processInstanceIds(instance.getId()).execute();
					renameWaitingTasks(instance.getId(), sourceModel, targetModel);
					moved.add(new Moved(instance.getId(), instance.getBusinessKey(), instance.getTenantId(),
							source.getVersion()));
				}
				catch (MigratingProcessInstanceValidationException e) {
					notMoved.add(notMoved(instance, source, instanceFailures(e)));
				}
			}
		}
		if (only != null) {
			Set<String> seen = new LinkedHashSet<>();
			moved.forEach(m -> seen.add(m.processInstanceId()));
			notMoved.forEach(n -> seen.add(n.processInstanceId()));
			for (String id : only) {
				if (!seen.contains(id)) {
					notMoved.add(new NotMoved(id, null, null, 0, List.of("not a running instance of an older version of "
							+ processKey + " (it may have ended, or already run on version " + target.getVersion() + ")")));
				}
			}
		}
		return new Result(processKey, target.getVersion(), List.copyOf(moved), List.copyOf(notMoved));
	}

	private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target, Map<String, String> activities) {
		MigrationPlanBuilder plan = engine.getRuntimeService().createMigrationPlan(source.getId(), target.getId());
		// An explicit mapping for an activity replaces the same-id one; without updateEventTriggers the timers keep
		// the due dates they have (a school-time target does not restart because the model changed).
		activities.forEach(plan::mapActivities);
		return plan.mapEqualActivities().build();
	}

	private void renameWaitingTasks(String processInstanceId, BpmnModelInstance source, BpmnModelInstance target) {
		for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list()) {
			String before = nameOf(source, task.getTaskDefinitionKey());
			String after = nameOf(target, task.getTaskDefinitionKey());
			if (after != null && !after.equals(task.getName()) && (before == null || before.equals(task.getName()))) {
				task.setName(after);
				engine.getTaskService().saveTask(task);
			}
		}
	}

	private static String nameOf(BpmnModelInstance model, String id) {
		return model.getModelElementById(id) instanceof FlowElement element ? element.getName() : null;
	}

	private static NotMoved notMoved(ProcessInstance instance, ProcessDefinition source, List<String> reasons) {
		return new NotMoved(instance.getId(), instance.getBusinessKey(), instance.getTenantId(), source.getVersion(),
				reasons);
	}

	private static List<String> planFailures(MigrationPlanValidationException e) {
		List<String> reasons = new ArrayList<>();
		for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
			for (String failure : report.getFailures()) {
				reasons.add(report.getMigrationInstruction().getSourceActivityId() + " -> "
						+ report.getMigrationInstruction().getTargetActivityId() + ": " + failure);
			}
		}
		reasons.addAll(e.getValidationReport().getVariableReports().values().stream()
			.flatMap(r -> r.getFailures().stream()).toList());
		return reasons.isEmpty() ? List.of(e.getMessage()) : reasons;
	}

	private static List<String> instanceFailures(MigratingProcessInstanceValidationException e) {
		List<String> reasons = new ArrayList<>(e.getValidationReport().getFailures());
		for (MigratingActivityInstanceValidationReport report : e.getValidationReport().getActivityInstanceReports()) {
			report.getFailures().forEach(f -> reasons.add("waiting at " + report.getSourceScopeId() + ": " + f));
		}
		for (MigratingTransitionInstanceValidationReport report : e.getValidationReport().getTransitionInstanceReports()) {
			report.getFailures().forEach(f -> reasons.add("about to run " + report.getSourceScopeId() + ": " + f));
		}
		return reasons.isEmpty() ? List.of(e.getMessage()) : reasons;
	}
}
