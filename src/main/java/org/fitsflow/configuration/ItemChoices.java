package org.fitsflow.configuration;

import java.util.List;

import org.fitsflow.system.forms.ChoiceSource;
import org.springframework.stereotype.Component;

/**
 * The school's configuration items in service, for a select or taglist with {@code "valuesKey": "configurationItems"}
 * (the incident's categorising form, step 1 of a request for change): read from the register each time the form is
 * shown, reference and name only (one index range, see {@code src/bench/}).
 */
@Component
public class ItemChoices implements ChoiceSource {

	public static final String VALUES_KEY = "configurationItems";

	private final ConfigurationRegister register;

	ItemChoices(ConfigurationRegister register) {
		this.register = register;
	}

	@Override
	public String valuesKey() {
		return VALUES_KEY;
	}

	@Override
	public List<Choice> choices(String schoolId) {
		return register.choices(schoolId).stream().map(c -> new Choice(c.label(), c.assetReference())).toList();
	}
}
