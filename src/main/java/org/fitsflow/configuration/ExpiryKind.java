package org.fitsflow.configuration;

import java.time.LocalDate;
import java.util.function.Function;

import org.fitsflow.system.process.FormValue;

/** What runs out on a date: an item's warranty, or a software licence. */
public enum ExpiryKind implements FormValue {

	WARRANTY("warranty", "warranty", ConfigurationItem::getWarrantyEnd),
	LICENCE("licence", "licence", ConfigurationItem::getLicenceExpiry);

	private final String formValue;
	private final String words;
	private final Function<ConfigurationItem, LocalDate> date;

	ExpiryKind(String formValue, String words, Function<ConfigurationItem, LocalDate> date) {
		this.formValue = formValue;
		this.words = words;
		this.date = date;
	}

	@Override
	public String formValue() {
		return formValue;
	}

	/** In e-mails: "the warranty of LAB-PC-07 ends". */
	public String words() {
		return words;
	}

	/** The item's date of this kind, or null. */
	LocalDate of(ConfigurationItem item) {
		return date.apply(item);
	}
}
