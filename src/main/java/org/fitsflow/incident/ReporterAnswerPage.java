package org.fitsflow.incident;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a reporter's link opens ("it is fixed", "it is still not working"). No login: the signed link, bound to
 * the reporter and the resolution and expiring with the reopening window, is the credential. GET only shows the
 * incident and asks for confirmation, because mail scanners follow links; only the confirming POST answers.
 */
@Controller
@RequestMapping(ReporterLinks.PATH)
class ReporterAnswerPage {

	private final ReporterAnswers answers;

	ReporterAnswerPage(ReporterAnswers answers) {
		this.answers = answers;
	}

	@GetMapping
	String show(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		keepPrivate(response);
		return page(answers.check(token), token, model);
	}

	@PostMapping
	String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		keepPrivate(response);
		ReporterAnswers.Outcome outcome;
		try {
			outcome = answers.confirm(token);
		}
		catch (IllegalArgumentException | OptimisticLockingException | MismatchingMessageCorrelationException
				answeredAtTheSameMoment) {
			// Both links (or a link and the single point of contact) at once: the first answer counted.
			outcome = answers.check(token);
		}
		return page(outcome, token, model);
	}

	/** The token is a credential: keep the page out of caches and its address out of Referer headers. */
	private static void keepPrivate(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex");
	}

	private static String page(ReporterAnswers.Outcome outcome, String token, Model model) {
		model.addAttribute("outcome", outcome);
		model.addAttribute("token", token);
		model.addAttribute("incident", outcome.incident());
		return "incidents/answer";
	}
}
