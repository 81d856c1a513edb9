package org.fitsflow.configuration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A configuration item as the register shows it: its recorded details, and how it came and changed (the request for
 * change that installed it, the last one that changed it, when it was taken out of service).
 */
public record RegisteredItem(long id, String assetReference, String name, ItemType type, String location,
		List<String> services, List<String> dependsOn, String supplier, LocalDate purchaseDate, LocalDate warrantyEnd,
		Integer licenceCount, LocalDate licenceExpiry, String installedByChange, Instant recordedAt, String lastChange,
		LocalDate lastChangedOn, LocalDate removedOn) {

	/** Its recorded details, as the spreadsheet and a baseline keep them. */
	public ItemDetails details() {
		return new ItemDetails(assetReference, name, type, location, services, dependsOn, supplier, purchaseDate,
				warrantyEnd, licenceCount, licenceExpiry);
	}
}
