package org.fitsflow.system.process;

import java.util.Map;

/**
 * A timer event of a model (intermediate or boundary), as the deployment checks read it for a {@link TimerRule}.
 *
 * @param elementId the timer event's id
 * @param name its name, or null
 * @param startedBy the activity whose start starts it: itself, the task it is attached to, or the event-based gateway
 *        before it
 * @param timeDate its {@code timeDate} expression, or null if it has another kind of definition
 * @param properties its {@code camunda:property} extension properties (what an element template sets)
 */
public record ModelTimer(String elementId, String name, String startedBy, String timeDate,
		Map<String, String> properties) {

	/** The id, with the name people see: {@code Timer_X ("Undecided after two school days")}. */
	public String describe() {
		return name == null || name.isBlank() ? elementId : elementId + " (\"" + name + "\")";
	}
}
