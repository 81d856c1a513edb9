package org.fitsflow.school;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.fitsflow.system.process.ModelTimer;
import org.fitsflow.system.process.TimerRule;
import org.springframework.stereotype.Component;

/**
 * The school-time timer of the element template "School-time timer": a timer event whose {@code timeDate} is
 * {@value #EXPRESSION} waits the school time named by its {@value #PROPERTY} property (an ISO-8601 duration such as
 * PT16H, counted only in school hours on school days, as incident targets are), from the moment the timer starts.
 *
 * <p>Camunda 7 element templates cannot write a timer definition, so the template sets the property and the
 * process owner pastes the one fixed expression; as a {@link TimerRule}, it has every deployment refused whose
 * school-time timer lacks either, or whose task starts more than one.
 *
 * <p>A building block any model may use, so its bean is named after its element template
 * ({@code org.fitsflow.SchoolTimeTimer}), not after a model and an element.
 */
@Component("schoolTimeTimer")
public class SchoolTimeTimer implements TimerRule {

	public static final String EXPRESSION = "${schoolTimeTimer.due(execution)}";
	public static final String PROPERTY = "schoolTime";

	private final SchoolCalendar calendar;
	private final Clock clock;

	public SchoolTimeTimer(SchoolCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	/** When the timer of the current activity falls due: its school time from now, in school time. */
	public Date due(DelegateExecution execution) {
		String amount = schoolTimeOf(execution.getBpmnModelInstance(), execution.getCurrentActivityId());
		return Date.from(calendar.plus(clock.instant(), parse(amount, execution.getCurrentActivityId())));
	}

	/**
	 * The deployment rule: a school-time timer (one with this bean's expression or the template's property) has both,
	 * with a school time that reads, and an activity starts at most one.
	 */
	@Override
	public List<TimerRule.Problem> check(List<ModelTimer> timers) {
		List<ModelTimer> school = timers.stream()
			.filter(t -> EXPRESSION.equals(t.timeDate()) || t.properties().containsKey(PROPERTY)).toList();
		List<TimerRule.Problem> problems = new ArrayList<>();
		Map<String, List<ModelTimer>> byStart = school.stream().collect(Collectors.groupingBy(ModelTimer::startedBy));
		byStart.forEach((startedBy, started) -> {
			if (started.size() > 1) {
				problems.add(new TimerRule.Problem(startedBy, startedBy + " starts " + started.size()
						+ " school-time timers " + started.stream().map(ModelTimer::elementId).toList()
						+ "; give it at most one."));
			}
		});
		for (ModelTimer timer : school) {
			if (!EXPRESSION.equals(timer.timeDate())) {
				problems.add(new TimerRule.Problem(timer.elementId(), timer.describe() + " is a school-time timer: set "
						+ "its type to Date and its value to " + EXPRESSION + "."));
			}
			try {
				parse(timer.properties().get(PROPERTY), timer.describe());
			}
			catch (IllegalArgumentException e) {
				problems.add(new TimerRule.Problem(timer.elementId(), e.getMessage()));
			}
		}
		return problems;
	}

	/** The school time the school-time timer started by this activity waits (the activity itself, or attached). */
	static String schoolTimeOf(BpmnModelInstance model, String activityId) {
		List<BaseElement> timers = timersStartedBy(model, activityId);
		if (timers.size() != 1) {
			throw new IllegalStateException("Expected one school-time timer started by " + activityId + " but found "
					+ timers.size() + ": give each task at most one school-time timer.");
		}
		return property(timers.get(0));
	}

	/**
	 * The school-time timers that start when this activity starts: the activity itself (an intermediate timer), the
	 * timers attached to it, or the timers after it when it is an event-based gateway.
	 */
	public static List<BaseElement> timersStartedBy(BpmnModelInstance model, String activityId) {
		List<BaseElement> timers = new ArrayList<>();
		if (!(model.getModelElementById(activityId) instanceof FlowNode activity)) {
			return timers;
		}
		if (isSchoolTimer(activity)) {
			timers.add(activity);
		}
		for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
			if (boundary.getAttachedTo() != null && activityId.equals(boundary.getAttachedTo().getId())
					&& isSchoolTimer(boundary)) {
				timers.add(boundary);
			}
		}
		if (activity instanceof EventBasedGateway) {
			for (SequenceFlow flow : activity.getOutgoing()) {
				if (flow.getTarget() instanceof IntermediateCatchEvent event && isSchoolTimer(event)) {
					timers.add(event);
				}
			}
		}
		return timers;
	}

	/** A timer event whose date is this bean's expression, or that carries the school-time property. */
	public static boolean isSchoolTimer(BaseElement element) {
		TimerEventDefinition timer = element.getChildElementsByType(TimerEventDefinition.class).stream().findFirst()
			.orElse(null);
		if (timer == null) {
			return false;
		}
		boolean expression = timer.getTimeDate() != null && EXPRESSION.equals(timer.getTimeDate().getTextContent().trim());
		return expression || property(element) != null;
	}

	/** The element's {@value #PROPERTY} extension property, or null. */
	public static String property(BaseElement element) {
		if (element.getExtensionElements() == null) {
			return null;
		}
		for (CamundaProperties properties : element.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
			for (CamundaProperty property : properties.getCamundaProperties()) {
				if (PROPERTY.equals(property.getCamundaName())) {
					return property.getCamundaValue();
				}
			}
		}
		return null;
	}

	/** The school time as a positive duration, or an error that says what to write. */
	public static Duration parse(String amount, String where) {
		try {
			Duration duration = Duration.parse(amount == null ? "" : amount.trim());
			if (!duration.isNegative() && !duration.isZero()) {
				return duration;
			}
		}
		catch (DateTimeParseException e) {
			// said below
		}
		throw new IllegalArgumentException(where + ": the school time to wait must be a duration such as PT4H "
				+ "(four school hours), not '" + amount + "'.");
	}
}
