package org.fitsflow.school;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.springframework.stereotype.Component;

/**
 * The school-time timer of the element template "School-time timer": a timer event whose {@code timeDate} is
 * {@value #EXPRESSION} waits the school time named by its {@value #PROPERTY} property (an ISO-8601 duration such as
 * PT16H, counted only in school hours on school days, as incident targets are), from the moment the timer starts.
 *
 * <p>Camunda 7 element templates cannot write a timer definition, so the template sets the property and the
 * process owner pastes the one fixed expression; the deployment checks refuse a school-time timer without either.
 */
@Component("schoolTime")
public class SchoolTimeTimer {

	public static final String EXPRESSION = "${schoolTime.due(execution)}";
	public static final String PROPERTY = "schoolTime";

	private final SchoolCalendar calendar;

	public SchoolTimeTimer(SchoolCalendar calendar) {
		this.calendar = calendar;
	}

	/** When the timer of the current activity falls due: its school time from now, in school time. */
	public Date due(DelegateExecution execution) {
		String amount = schoolTimeOf(execution.getBpmnModelInstance(), execution.getCurrentActivityId());
		return Date.from(calendar.plus(ClockUtil.getCurrentTime().toInstant(), parse(amount, execution.getCurrentActivityId())));
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
