package org.fitsflow.finance;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The ten columns of the FITS expenditure record template (001, task 5), in the template's order. */
public enum ExpenditureCategory implements org.fitsflow.system.process.FormValue {
	SOFTWARE("software", "Software"),
	HARDWARE("hardware", "Hardware"),
	MICE("mice", "Mice"),
	CABLES("cables", "Cables"),
	CONSUMABLES("consumables", "Consumables"),
	CONTRACT_CHARGES("contract-charges", "Contract charges"),
	AD_HOC_SUPPLIER_CHARGES("ad-hoc-supplier-charges", "Ad hoc supplier charges"),
	/** Sensitive (001): only the ICT owner sees staff costs. */
	STAFF("staff", "Staff"),
	ACCOMMODATION("accommodation", "Accommodation"),
	MISCELLANEOUS("miscellaneous", "Miscellaneous");

	private final String id;
	private final String title;

	ExpenditureCategory(String id, String title) {
		this.id = id;
		this.title = title;
	}

	/** The name used in forms, the API and the database: {@code contract-charges}. */
	public String id() {
		return id;
	}

	/** As a form's option: its id. */
	@Override
	public String formValue() {
		return id;
	}

	public String title() {
		return title;
	}

	public boolean isSensitive() {
		return this == STAFF;
	}

	public static ExpenditureCategory ofId(String id) {
		return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("category: '" + id + "' is not a FITS expenditure category; use one of "
					+ Arrays.stream(values()).map(ExpenditureCategory::id).collect(Collectors.joining(", ")) + "."));
	}
}
