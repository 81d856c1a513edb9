package org.fitsflow.school;

import java.util.List;

import org.fitsflow.system.process.ProcessVariable;

/**
 * What a model's tasks show in the rows of Tasklist's shared filters, so staff scan a list by reference, priority,
 * service and who reported it rather than by task name alone. A model's contract class implements it with its own
 * variables; {@link TasklistFilters} puts every model's columns, in their order, on each filter.
 *
 * <p>A row shows a column's {@link Column#listed() copy on the task}, not the process variable itself: the engine
 * gives a list's variables only to whoever may read them, and a function holder may read the task (the engine grants
 * a task's candidates READ and TASK_WORK) but not the process instance. {@link TasklistRows} makes the copies when
 * each task is created. The copy has its own name so that a form field named after the variable (the categorising
 * form's {@code service}) still saves to the process, not to the task's copy, which ends with the task.
 */
public interface TasklistColumns {

	/**
	 * One variable a row shows, the name of its copy on each task, and the words staff use for it. Models that share a
	 * column (every model's reference) name the same copy, so the list has one column for it.
	 */
	record Column(ProcessVariable<?> variable, ProcessVariable<?> listed, String label) {
	}

	/** The model these columns belong to: its tasks get the copies. */
	String processKey();

	List<Column> tasklistColumns();
}
