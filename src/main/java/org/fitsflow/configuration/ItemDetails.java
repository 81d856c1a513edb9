package org.fitsflow.configuration;

import java.time.LocalDate;
import java.util.List;

/**
 * A configuration item as maintenance records it: its asset reference (unique in the school), name, type, location,
 * the catalogue services it supports (by name), the items it depends on (by asset reference), supplier, purchase date,
 * warranty end, and for a software licence its count and expiry. Checked by {@link ConfigurationRegister#problems}.
 */
public record ItemDetails(
		String assetReference,
		String name,
		ItemType type,
		String location,
		List<String> services,
		List<String> dependsOn,
		String supplier,
		LocalDate purchaseDate,
		LocalDate warrantyEnd,
		Integer licenceCount,
		LocalDate licenceExpiry) {

	public ItemDetails {
		assetReference = trimmed(assetReference);
		name = trimmed(name);
		location = trimmed(location);
		supplier = trimmed(supplier);
		services = services == null ? List.of() : services.stream().map(ItemDetails::trimmed).filter(s -> s != null).toList();
		dependsOn = dependsOn == null ? List.of()
				: dependsOn.stream().map(ItemDetails::trimmed).filter(s -> s != null).toList();
	}

	private static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
