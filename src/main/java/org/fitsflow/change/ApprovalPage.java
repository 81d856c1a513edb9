package org.fitsflow.change;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an e-mailed approval link opens. No login: the signed, single-use token is the credential. GET only shows
 * the request and asks for confirmation, because mail scanners follow links; only the confirming POST decides.
 */
@Controller
@RequestMapping("/approvals")
class ApprovalPage {

	/** A decision that collides with another is tried again this many times in all before the link is re-read. */
	private static final int CONFIRM_ATTEMPTS = 3;

	private final ApprovalLinks links;

	ApprovalPage(ApprovalLinks links) {
		this.links = links;
	}

	@GetMapping
	String show(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		private_(response);
		return page(links.check(token), token, model);
	}

	@PostMapping
	String confirm(@RequestParam(required = false) String token, @RequestParam(required = false) String comment,
			Model model, HttpServletResponse response) {
		private_(response);
		ApprovalLinks.Outcome outcome = null;
		for (int attempt = 1; outcome == null; attempt++) {
			try {
				outcome = links.confirm(token, comment);
			}
			catch (DataIntegrityViolationException | ProcessEngineException | ConcurrencyFailureException
					| UnexpectedRollbackException decidedAtTheSameMoment) {
				// The link confirmed twice at once, or the request decided at the same moment (the other link,
				// Tasklist): nothing of this one was kept. The database may have chosen this one as a deadlock's loser
				// before the other committed, so asking again at once could still show the request waiting: try
				// again, which waits for the other's locks and then finds the request decided.
				if (attempt == CONFIRM_ATTEMPTS) {
					outcome = links.check(token);
				}
			}
		}
		return page(outcome, token, model);
	}

	/** The token is a credential: keep the page out of caches and its address out of Referer headers. */
	private static void private_(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex");
	}

	private static String page(ApprovalLinks.Outcome outcome, String token, Model model) {
		model.addAttribute("outcome", outcome);
		model.addAttribute("token", token);
		model.addAllAttributes(outcome.request() == null ? java.util.Map.of() : outcome.request());
		return "approvals/approval";
	}
}
