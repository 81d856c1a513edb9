package org.fitsflow.school;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the school records about a person. The password is only used to create or reset their login and is never
 * stored here.
 */
public record PersonDetails(
		@NotBlank @Size(max = 64) @Pattern(regexp = "[a-zA-Z0-9._@-]+", message = "may contain letters, digits and . _ @ - only") String userId,
		@NotBlank @Size(max = 200) String name,
		@NotBlank @Email @Size(max = 254) String email,
		@NotNull Employment employment,
		@Size(max = 200) String providerName,
		boolean leadershipTeam,
		@Size(min = 10, max = 200, message = "must be at least 10 characters") String password) {
}
