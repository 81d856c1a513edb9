package org.fitsflow.continuity;

import org.fitsflow.system.process.FormValue;

/**
 * The ICT owner's decision on a recommendation (001 task 3, step 3): act on it (a request for change, whose cost goes
 * through the expenditure record as any change's does, or a task with a due date), defer it (it comes back next
 * year) or reject it, with a reason.
 */
public enum RecommendationDecision implements FormValue {
	ACT_BY_CHANGE("act-by-change"), ACT_BY_TASK("act-by-task"), DEFER("defer"), REJECT("reject");

	private final String formValue;

	RecommendationDecision(String formValue) {
		this.formValue = formValue;
	}

	@Override
	public String formValue() {
		return formValue;
	}

	public boolean actedOn() {
		return this == ACT_BY_CHANGE || this == ACT_BY_TASK;
	}
}
