package org.fitsflow.configuration;

import java.util.function.Function;

import org.fitsflow.system.process.FormValue;

/**
 * The details of an item an audit checks against what is there and can correct: what a walk round the school sees
 * (name, location, supplier's label, how many licences are in use). Form values are the register's field names.
 */
public enum AuditedField implements FormValue {
	NAME("name", ItemDetails::name),
	LOCATION("location", ItemDetails::location),
	SUPPLIER("supplier", ItemDetails::supplier),
	LICENCE_COUNT("licenceCount", d -> d.licenceCount() == null ? null : d.licenceCount().toString());

	private final String formValue;
	private final Function<ItemDetails, String> recorded;

	AuditedField(String formValue, Function<ItemDetails, String> recorded) {
		this.formValue = formValue;
		this.recorded = recorded;
	}

	@Override
	public String formValue() {
		return formValue;
	}

	/** The item's recorded value of this field, as text; null for none. */
	String recorded(ItemDetails item) {
		return recorded.apply(item);
	}

	/** The item's details with this field set to what was found. */
	ItemDetails corrected(ItemDetails i, String found) {
		return switch (this) {
			case NAME -> new ItemDetails(i.assetReference(), found, i.type(), i.location(), i.services(), i.dependsOn(),
					i.supplier(), i.purchaseDate(), i.warrantyEnd(), i.licenceCount(), i.licenceExpiry());
			case LOCATION -> new ItemDetails(i.assetReference(), i.name(), i.type(), found, i.services(), i.dependsOn(),
					i.supplier(), i.purchaseDate(), i.warrantyEnd(), i.licenceCount(), i.licenceExpiry());
			case SUPPLIER -> new ItemDetails(i.assetReference(), i.name(), i.type(), i.location(), i.services(),
					i.dependsOn(), found, i.purchaseDate(), i.warrantyEnd(), i.licenceCount(), i.licenceExpiry());
			case LICENCE_COUNT -> new ItemDetails(i.assetReference(), i.name(), i.type(), i.location(), i.services(),
					i.dependsOn(), i.supplier(), i.purchaseDate(), i.warrantyEnd(), count(found), i.licenceExpiry());
		};
	}

	/** A licence count as found: a whole number (checked before any correction is made). */
	static Integer count(String found) {
		try {
			return found == null ? null : Integer.valueOf(found.trim());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("found: a licence count is a whole number, not '" + found + "'.");
		}
	}
}
