package org.fitsflow.servicelevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue as the review's forms edit it: one entry per service in a dynamic list, with the FITS template's
 * fields, and two ticks the meeting sets per service: details still to gather (a service added at the meeting), and
 * the provider's contract to update.
 */
final class CatalogueEntries {

	static final String NAME = "name";
	static final String DESCRIPTION = "description";
	static final String AVAILABILITY = "availabilityRequired";
	static final String END_USERS = "endUserGroups";
	static final String IMPORTANCE = "importance";
	static final String RESPONSE_TIME = "responseTime";
	static final String FIX_TIME = "fixTime";
	static final String SUPPORTED_BY = "supportedBy";
	static final String SUPPORTED_BY_USER = "supportedByUserId";
	static final String PROVIDER = "providerName";
	static final String PROVIDER_EMAIL = "providerServiceDeskEmail";
	static final String DETAILS_TO_GATHER = "detailsToGather";
	static final String CONTRACT_TO_UPDATE = "contractToUpdate";
	static final String STAFF = "school-staff";
	static final String SERVICE_PROVIDER = "service-provider";

	/** One entry read: the service as typed, what could not be read, and the meeting's two ticks. */
	record Entry(ServiceDetails service, List<String> problems, boolean detailsToGather, boolean contractToUpdate) {
	}

	private CatalogueEntries() {
	}

	static List<Map<String, Object>> of(List<ServiceDetails> services) {
		List<Map<String, Object>> entries = new ArrayList<>();
		for (ServiceDetails s : services) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put(NAME, s.name());
			entry.put(DESCRIPTION, s.description());
			entry.put(AVAILABILITY, s.availabilityRequired());
			entry.put(END_USERS, s.endUserGroups());
			entry.put(IMPORTANCE, s.importance() == null ? null : s.importance().name().toLowerCase(Locale.ROOT));
			entry.put(RESPONSE_TIME, SupportTimes.words(s.responseTime()));
			entry.put(FIX_TIME, SupportTimes.words(s.fixTime()));
			entry.put(SUPPORTED_BY, s.supportedBy() == SupportedBy.SERVICE_PROVIDER ? SERVICE_PROVIDER : STAFF);
			entry.put(SUPPORTED_BY_USER, s.supportedByUserId());
			entry.put(PROVIDER, s.providerName());
			entry.put(PROVIDER_EMAIL, s.providerServiceDeskEmail());
			entry.put(DETAILS_TO_GATHER, false);
			entry.put(CONTRACT_TO_UPDATE, false);
			entries.add(entry);
		}
		return entries;
	}

	static List<Entry> read(String field, Object value) {
		List<Entry> entries = new ArrayList<>();
		for (Map<String, Object> e : JsonList.read(field, value)) {
			List<String> problems = new ArrayList<>();
			Importance importance = null;
			String importanceText = JsonList.text(e, IMPORTANCE);
			if (importanceText != null) {
				try {
					importance = Importance.valueOf(importanceText.toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException unknown) {
					problems.add("importance: '" + importanceText + "' is not high, medium or low.");
				}
			}
			String supportedByText = JsonList.text(e, SUPPORTED_BY);
			SupportedBy supportedBy = SERVICE_PROVIDER.equals(supportedByText) ? SupportedBy.SERVICE_PROVIDER
					: supportedByText == null || STAFF.equals(supportedByText) ? SupportedBy.PERSON : null;
			if (supportedBy == null) {
				problems.add("supportedBy: '" + supportedByText + "' is neither " + STAFF + " nor " + SERVICE_PROVIDER + ".");
			}
			ServiceDetails service = new ServiceDetails(JsonList.text(e, NAME), JsonList.text(e, DESCRIPTION),
					JsonList.text(e, AVAILABILITY), JsonList.text(e, END_USERS), importance,
					SupportTimes.read(problems, RESPONSE_TIME, JsonList.text(e, RESPONSE_TIME)),
					SupportTimes.read(problems, FIX_TIME, JsonList.text(e, FIX_TIME)), supportedBy, JsonList.text(e, SUPPORTED_BY_USER),
					JsonList.text(e, PROVIDER), JsonList.text(e, PROVIDER_EMAIL));
			entries.add(new Entry(service, problems, JsonList.yes(e, DETAILS_TO_GATHER), JsonList.yes(e, CONTRACT_TO_UPDATE)));
		}
		return entries;
	}

}
