package org.fitsflow.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fitsflow.mail.Mail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A function given to someone, with the e-mail that tells them and the ICT owner. The e-mail is queued in the same
 * transaction, so it goes out exactly when the change stands.
 */
@Service
@Transactional
class FunctionChanges {

	private final SchoolDirectory directory;
	private final Mail mail;

	FunctionChanges(SchoolDirectory directory, Mail mail) {
		this.directory = directory;
		this.mail = mail;
	}

	Person assign(String schoolId, String userId, FitsFunction function, String byUserId) {
		boolean alreadyHeld = directory.person(schoolId, userId).holds(function);
		Person person = directory.assign(schoolId, userId, function);
		if (!alreadyHeld) {
			tell(person, function, byUserId);
		}
		return person;
	}

	Person handOverIctOwner(String schoolId, String userId, String byUserId) {
		boolean alreadyHeld = directory.person(schoolId, userId).holds(FitsFunction.ICT_OWNER);
		Person person = directory.handOverIctOwner(schoolId, userId);
		if (!alreadyHeld) {
			tell(person, FitsFunction.ICT_OWNER, byUserId);
		}
		return person;
	}

	private void tell(Person person, FitsFunction function, String byUserId) {
		List<String> to = new ArrayList<>(List.of(person.getEmail()));
		directory.holders(person.getSchool().getId(), FitsFunction.ICT_OWNER).forEach(owner -> to.add(owner.getEmail()));
		mail.send(person.getSchool().getId(), to, "function-assigned",
				Map.of("name", person.getName(), "function", function.title(), "assignedBy", byUserId));
	}
}
