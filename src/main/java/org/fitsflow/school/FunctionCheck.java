package org.fitsflow.school;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a school's functions are all assigned as the guidance requires (003, section 3 and the implementation plan's
 * "Assign functions to personnel"): each of the eight functions held by someone, exactly one ICT owner, and every
 * holder allowed to hold what they hold. The rules are checked when a function is given; this checks them again over
 * the whole school, because people's details change after.
 */
@Service
@Transactional(readOnly = true)
public class FunctionCheck {

	private final PersonRepository people;

	FunctionCheck(PersonRepository people) {
		this.people = people;
	}

	/** What is wrong, one sentence each, naming the function and the rule; empty when all is well. */
	public List<String> findings(String schoolId) {
		List<String> findings = new ArrayList<>();
		for (FitsFunction function : FitsFunction.values()) {
			if (function == FitsFunction.ICT_USERS) {
				continue;
			}
			List<Person> holders = people.findHolders(schoolId, function);
			if (holders.isEmpty()) {
				findings.add(function.title() + " (" + function.groupId() + ") is held by nobody.");
			}
			if (function == FitsFunction.ICT_OWNER && holders.size() > 1) {
				findings.add("one-ict-owner: " + String.join(", ", holders.stream().map(Person::getName).toList())
						+ " all hold ICT owner; a school has exactly one.");
			}
			for (Person holder : holders) {
				try {
					FunctionRules.checkMayHold(holder, function);
				}
				catch (FunctionRuleException broken) {
					findings.add(broken.getRule() + ": " + broken.getMessage());
				}
			}
		}
		return findings;
	}
}
