package org.fitsflow.school;

import java.util.List;

import org.fitsflow.system.process.ProcessVariable;

/**
 * What a model's tasks show in the rows of Tasklist's shared filters, so staff scan a list by reference, priority,
 * service and who reported it rather than by task name alone. A model's contract class implements it with its own
 * variables; {@link TasklistFilters} puts every model's columns, in their order, on each filter.
 */
public interface TasklistColumns {

	/** One variable a row shows, with the words staff use for it. */
	record Column(ProcessVariable<?> variable, String label) {
	}

	List<Column> tasklistColumns();
}
