package org.fitsflow.configuration;

import java.time.Instant;
import java.util.List;

import org.fitsflow.servicelevel.ReportedInstallations;
import org.springframework.stereotype.Component;

/** The new installations the monthly service report counts: the items requests for change installed. */
@Component
class InstallationsForServiceReport implements ReportedInstallations {

	private final ConfigurationRegister register;

	InstallationsForServiceReport(ConfigurationRegister register) {
		this.register = register;
	}

	@Override
	public List<Instant> installedAt(String schoolId, Instant from, Instant to) {
		return register.installedAt(schoolId, from, to);
	}
}
