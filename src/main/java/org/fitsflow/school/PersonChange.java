package org.fitsflow.school;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person's details as {@code PUT /api/schools/{school}/people/{userId}} replaces them. The user id is the one in the
 * address; a body may repeat it, never change it. Not a partial update: every detail but the password (and the
 * provider's name for school staff) is sent, so an omitted one is refused rather than taken as "no" or "empty".
 */
public record PersonChange(
		String userId,
		@NotBlank @Size(max = 200) String name,
		@NotBlank @Email @Size(max = 254) String email,
		@NotNull Employment employment,
		@Size(max = 200) String providerName,
		@NotNull Boolean leadershipTeam,
		@Size(min = 10, max = 200, message = "must be at least 10 characters") String password) {

	/** The details of the person the address names. */
	PersonDetails of(String pathUserId) {
		if (userId != null && !userId.equals(pathUserId)) {
			throw new IllegalArgumentException("userId: a person's user id cannot be changed; it is the one in the address ("
					+ pathUserId + "), which the body need not repeat.");
		}
		return new PersonDetails(pathUserId, name, email, employment, providerName, leadershipTeam, password);
	}
}
