package org.fitsflow.servicelevel;

import java.time.Duration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A catalogue entry as the ICT owner agrees it. Response and fix times are school time in ISO-8601 (PT2H, P1D = one
 * school day's worth of 24 school hours is unusual: prefer hours); leave them out to use the incident-targets table.
 */
public record ServiceDetails(
		@NotBlank @Size(max = 200) String name,
		@Size(max = 2000) String description,
		@Size(max = 200) String availabilityRequired,
		@Size(max = 500) String endUserGroups,
		@NotNull Importance importance,
		Duration responseTime,
		Duration fixTime,
		@NotNull SupportedBy supportedBy,
		@Size(max = 64) String supportedByUserId,
		@Size(max = 200) String providerName,
		@Email @Size(max = 254) String providerServiceDeskEmail) {
}
