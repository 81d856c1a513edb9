package org.fitsflow.system.process;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.fitsflow.system.forms.FormInputRefused;

/**
 * One process variable, named once and typed: delegates, listeners, timers, services and tests read and write it
 * through this instead of repeating its name (in the spirit of camunda-bpm-data's {@code VariableFactory}). Works on
 * a {@link VariableScope} (a {@code DelegateExecution} or {@code DelegateTask}) and on a map of variables (a
 * {@code VariableMap} for starting a process or completing a task, or what a query returned).
 *
 * <p>Values that arrive from a form are read leniently where forms differ from Java (a number field submits a
 * Double, a REST client an Integer); a value that cannot be what the variable holds is refused with the variable's
 * name, as a {@link FormInputRefused} (400 over REST), and the task stays open.
 *
 * @param <T> what the Java code sees
 */
public final class ProcessVariable<T> {

	private final String name;
	private final Class<T> type;
	private final Function<Object, T> read;
	private final Function<T, Object> write;
	private final Set<? extends FormValue> options;

	private ProcessVariable(String name, Class<T> type, Function<Object, T> read, Function<T, Object> write,
			Set<? extends FormValue> options) {
		this.name = name;
		this.type = type;
		this.read = read;
		this.write = write;
		this.options = options;
	}

	public static ProcessVariable<String> stringVariable(String name) {
		return new ProcessVariable<>(name, String.class, value -> value.toString(), value -> value, null);
	}

	/** A yes/no answer; a form's unticked checkbox may be missing, which reads as no (see {@link #isTrue}). */
	public static ProcessVariable<Boolean> booleanVariable(String name) {
		return new ProcessVariable<>(name, Boolean.class, value -> {
			if (value instanceof Boolean b) {
				return b;
			}
			if ("true".equals(value.toString()) || "false".equals(value.toString())) {
				return Boolean.valueOf(value.toString());
			}
			throw refused(name, "is yes or no (true or false), not '" + value + "'");
		}, value -> value, null);
	}

	public static ProcessVariable<Integer> integerVariable(String name) {
		return new ProcessVariable<>(name, Integer.class, value -> number(name, value).intValueExact(), value -> value, null);
	}

	/** An amount of money: a form's number field submits a Double, a REST client may send a string. */
	public static ProcessVariable<BigDecimal> moneyVariable(String name) {
		return new ProcessVariable<>(name, BigDecimal.class, value -> value.toString().isBlank() ? null : number(name, value),
				value -> value == null ? null : value.doubleValue(), null);
	}

	public static ProcessVariable<Date> dateVariable(String name) {
		return new ProcessVariable<>(name, Date.class, value -> {
			if (value instanceof Date date) {
				return date;
			}
			throw refused(name, "is a date, not '" + value + "'");
		}, value -> value, null);
	}

	/**
	 * A length of time, such as a decision table's input or output: a {@code java.time.Duration} (what FEEL gives and
	 * takes) or its ISO-8601 text ({@code "PT2H"}).
	 */
	public static ProcessVariable<Duration> durationVariable(String name) {
		return new ProcessVariable<>(name, Duration.class, value -> {
			if (value instanceof Duration duration) {
				return duration;
			}
			try {
				return Duration.parse(value.toString().trim());
			}
			catch (DateTimeParseException e) {
				throw refused(name, "is a length of time such as PT2H, not '" + value + "'");
			}
		}, value -> value, null);
	}

	/**
	 * A variable holding one of a value set's form values ({@code "waiting-on-reporter"}), read as its enum constant.
	 * An unknown value is refused naming the variable and the allowed values.
	 */
	public static <E extends Enum<E> & FormValue> ProcessVariable<E> enumVariable(String name, Class<E> type) {
		return new ProcessVariable<>(name, type, value -> {
			try {
				return FormValue.of(type, name, value.toString());
			}
			catch (IllegalArgumentException e) {
				throw new FormInputRefused(e.getMessage());
			}
		}, FormValue::formValue, EnumSet.allOf(type));
	}

	/** A variable Spin stores as JSON (a form's select options, a list); the Java side writes it as a {@code SpinJsonNode}. */
	public static ProcessVariable<Object> jsonVariable(String name) {
		return new ProcessVariable<>(name, Object.class, value -> value, value -> value, null);
	}

	/** The variable's name, as the model, its forms and Cockpit show it. */
	public String name() {
		return name;
	}

	public Class<T> type() {
		return type;
	}

	/** The form values a form may offer for this variable: every constant of its value set; null if it has none. */
	public Set<? extends FormValue> options() {
		return options;
	}

	/** The value, or null if the variable is not set (or a form left the field empty). */
	public T get(VariableScope scope) {
		return convert(scope.getVariable(name));
	}

	/** The value, or null; from variables given to a start or completion, or returned by a query. */
	public T get(Map<String, ?> variables) {
		return convert(variables.get(name));
	}

	/** The value; refused naming the variable when it is missing. */
	public T required(VariableScope scope) {
		T value = get(scope);
		if (value == null) {
			throw refused(name, "is required");
		}
		return value;
	}

	/** For a yes/no variable: true only if set and yes (an unticked checkbox is not submitted). */
	public boolean isTrue(VariableScope scope) {
		return Boolean.TRUE.equals(get(scope));
	}

	public void set(VariableScope scope, T value) {
		scope.setVariable(name, value == null ? null : write.apply(value));
	}

	public void setLocal(VariableScope scope, T value) {
		scope.setVariableLocal(name, value == null ? null : write.apply(value));
	}

	public void remove(VariableScope scope) {
		scope.removeVariable(name);
	}

	/** Puts the value, as the engine stores it, into variables for a start, a completion or a message. */
	public void set(Map<String, Object> variables, T value) {
		variables.put(name, value == null ? null : write.apply(value));
	}

	/** The value as the engine stores it: the form value of an enum constant, a Double for money. */
	public Object stored(T value) {
		return value == null ? null : write.apply(value);
	}

	private T convert(Object value) {
		if (value == null || (value instanceof String s && s.isEmpty() && type != String.class)) {
			return null;
		}
		return read.apply(value);
	}

	private static BigDecimal number(String name, Object value) {
		try {
			return new BigDecimal(value.toString().trim());
		}
		catch (NumberFormatException | ArithmeticException e) {
			throw refused(name, "is a number, not '" + value + "'");
		}
	}

	private static FormInputRefused refused(String name, String what) {
		return new FormInputRefused("'" + name + "' " + what + ".");
	}

	@Override
	public String toString() {
		return name;
	}
}
