package org.fitsflow.configuration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;
import org.fitsflow.servicelevel.JsonList;

/**
 * Configuration items as forms give them: the asset references a taglist picked from the register (a JSON list in the
 * engine; a REST client may send "A, B"), and the new items a dynamic list records (asset reference, name, type,
 * location). Checked by the register, not here.
 */
public final class FormItems {

	private FormItems() {
	}

	/** The asset references picked; none for nothing. */
	public static List<String> references(String field, Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty()).toList();
		}
		if (value instanceof SpinJsonNode node && node.isArray()) {
			return node.elements().stream().map(e -> e.isString() ? e.stringValue() : e.toString()).map(String::trim)
				.filter(s -> !s.isEmpty()).toList();
		}
		String text = value.toString().trim();
		if (text.startsWith("[")) {
			try {
				return references(field, org.camunda.spin.Spin.JSON(text));
			}
			catch (RuntimeException e) {
				throw new IllegalArgumentException(field + ": a list of asset references is expected.");
			}
		}
		return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	/** The new items of a dynamic list; an entry left wholly empty (the list's first, unused) is no item. */
	public static List<ItemDetails> newItems(String field, Object value) {
		List<ItemDetails> items = new ArrayList<>();
		for (Map<String, Object> entry : JsonList.read(field, value)) {
			String reference = JsonList.text(entry, "assetReference");
			String name = JsonList.text(entry, "name");
			String type = JsonList.text(entry, "type");
			String location = JsonList.text(entry, "location");
			String count = JsonList.text(entry, "licenceCount");
			if (reference == null && name == null && type == null && location == null && count == null) {
				continue;
			}
			Integer licences = null;
			if (count != null) {
				try {
					licences = (int) Double.parseDouble(count);
				}
				catch (NumberFormatException e) {
					throw new IllegalArgumentException(field + ": licenceCount '" + count + "' is not a number.");
				}
			}
			items.add(new ItemDetails(reference, name, type == null ? null : ItemType.read(type).orElse(null), location,
					List.of(), List.of(), null, null, null, licences, null));
		}
		return items;
	}
}
