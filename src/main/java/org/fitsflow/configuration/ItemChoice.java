package org.fitsflow.configuration;

/** An item as a Tasklist select offers it: the asset reference is the value, the label says what it is. */
public record ItemChoice(String assetReference, String name) {

	public String label() {
		return assetReference + ": " + name;
	}
}
