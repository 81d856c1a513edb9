package org.fitsflow.configuration;

import java.util.List;

/**
 * How an asset audit raises a request for change for a discrepancy; Change Management provides it ({@code change/}),
 * which already names the register's items, so the register does not depend on it.
 */
public interface AssetAuditChanges {

	/**
	 * Starts a request for change raised by maintenance from the audit {@code auditReference}, for {@code originator}
	 * (the auditor, who completes step 1), its step 1 prefilled with the asset's reference and name and naming
	 * {@code registerItems} (the item, if it is in the register). Returns the request's reference.
	 */
	String raise(String schoolId, String auditReference, String assetReference, String itemName,
			String briefDescription, String reason, String originator, List<String> registerItems);
}
