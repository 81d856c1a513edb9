package org.fitsflow.testsupport;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** The test contexts run without a job executor; this runs the due jobs in the test's own thread. */
public final class Jobs {

	private Jobs() {
	}

	/** Runs every job that is due now, including those that become due as others run; returns how many ran. */
	public static int executeAll(ManagementService management) {
		int ran = 0;
		for (int round = 0; round < 100; round++) {
			var due = management.createJobQuery().executable().list();
			if (due.isEmpty()) {
				return ran;
			}
			for (Job job : due) {
				management.executeJob(job.getId());
				ran++;
			}
		}
		throw new IllegalStateException("Jobs keep coming after 100 rounds: is a model looping?");
	}
}
