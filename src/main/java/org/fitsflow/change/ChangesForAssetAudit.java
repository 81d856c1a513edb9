package org.fitsflow.change;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.Spin;
import org.fitsflow.configuration.AssetAuditChanges;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.process.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * A discrepancy an asset audit raises as a request for change: the real {@code request-for-change} process, raised as
 * maintenance (001 task 7: maintenance raises changes for maintenance requirements), naming the audit and the item.
 */
@Component
class ChangesForAssetAudit implements AssetAuditChanges {

	private final RuntimeService runtime;
	private final AsSystem asSystem;

	ChangesForAssetAudit(RuntimeService runtime, AsSystem asSystem) {
		this.runtime = runtime;
		this.asSystem = asSystem;
	}

	@Override
	public String raise(String schoolId, String auditReference, String assetReference, String itemName,
			String briefDescription, String reason, String originator, List<String> registerItems) {
		ProcessVariables variables = ProcessVariables.with(RequestForChangeProcess.SCHOOL_ID, schoolId)
			.and(RequestForChangeProcess.RAISED_FROM, auditReference)
			.and(RequestForChangeProcess.BRIEF_DESCRIPTION, briefDescription)
			.and(RequestForChangeProcess.REASON, reason)
			.and(RequestForChangeProcess.ORIGINATOR, originator)
			.and(RequestForChangeProcess.UNIQUE_IDENTIFIERS, assetReference)
			.and(RequestForChangeProcess.ITEM_NAMES, itemName)
			.and(RequestForChangeProcess.RAISED_AS, RaisedAs.MAINTENANCE)
			.and(RequestForChangeProcess.REGISTER_ITEMS, Spin.JSON(registerItems));
		String instance = asSystem.call(() -> runtime.startProcessInstanceByKey(RequestForChangeProcess.KEY, variables)
			.getId());
		return RequestForChangeProcess.CHANGE_REFERENCE.get(asSystem.call(() -> runtime.getVariables(instance)));
	}
}
