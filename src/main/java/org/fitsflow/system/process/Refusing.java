package org.fitsflow.system.process;

import java.util.NoSuchElementException;
import java.util.function.Supplier;

import org.fitsflow.system.forms.FormInputRefused;

/**
 * How a delegate turns a domain service's refusal of what a form said (an {@link IllegalArgumentException} naming the
 * field, or a record that does not exist) into the engine's "bad request": the task stays open or the process does
 * not start, nothing is half-recorded, and the REST API answers 400 with the message.
 */
public final class Refusing {

	private Refusing() {
	}

	public static <T> T badInput(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (IllegalArgumentException | NoSuchElementException e) {
			throw new FormInputRefused(e.getMessage());
		}
	}

	public static void badInput(Runnable work) {
		badInput(() -> {
			work.run();
			return null;
		});
	}
}
