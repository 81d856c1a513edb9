package org.fitsflow.servicelevel;

import java.util.List;

import org.fitsflow.system.forms.ChoiceSource;
import org.springframework.stereotype.Component;

/**
 * The school's services in the catalogue now, for a select with {@code "valuesKey": "catalogueServices"} (the
 * incident's categorising form): a service added or retired after an incident was reported is offered, or not, the
 * next time its form is shown.
 */
@Component
public class CatalogueChoices implements ChoiceSource {

	public static final String VALUES_KEY = "catalogueServices";

	private final ServiceCatalogue catalogue;

	CatalogueChoices(ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public String valuesKey() {
		return VALUES_KEY;
	}

	@Override
	public List<Choice> choices(String schoolId) {
		return catalogue.services(schoolId).stream().map(s -> new Choice(s.getName(), s.getId().toString())).toList();
	}
}
