package org.fitsflow.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock: the process engine's time, in the school's time zone. Records, e-mails, approval links
 * and reference years are stamped with the same time the engine's timers run on, so a test that moves the engine's
 * clock ({@code ClockUtil}) moves everything with it; in service both are the system clock. Keeps the engine's
 * internal clock behind one class, for a move to a Camunda 7 fork.
 */
public final class EngineClock extends Clock {

	private final ZoneId zone;

	public EngineClock(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new EngineClock(zone);
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}
}
