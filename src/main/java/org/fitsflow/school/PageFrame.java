package org.fitsflow.school;

import java.util.NoSuchElementException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.CurrentUser;
import org.fitsflow.system.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What every school page shows around its content: the school's name and FITS Flow's (as Tasklist's header), the
 * caller's name; and what a page answers when the caller may not see something (403) or it does not exist (404),
 * in the same layout, saying why.
 */
@ControllerAdvice(annotations = SchoolPage.class)
class PageFrame {

	private final SchoolDirectory directory;
	private final CurrentUser currentUser;
	private final IdentityService identityService;
	private final AsSystem asSystem;

	PageFrame(SchoolDirectory directory, CurrentUser currentUser, IdentityService identityService, AsSystem asSystem) {
		this.directory = directory;
		this.currentUser = currentUser;
		this.identityService = identityService;
		this.asSystem = asSystem;
	}

	@ModelAttribute("brand")
	String brand() {
		WebappBrand.Brand brand = WebappBrand.brandFor(directory.schools());
		return brand.vendor() + " " + brand.name();
	}

	@ModelAttribute("userName")
	String userName() {
		String userId = currentUser.userId();
		User user = asSystem.call(() -> identityService.createUserQuery().userId(userId).singleResult());
		if (user == null || user.getFirstName() == null) {
			return userId;
		}
		return (user.getFirstName() + " " + (user.getLastName() == null ? "" : user.getLastName())).trim();
	}

	/**
	 * The school the header's school links (catalogue, money) lead to: the one the page is about, else the caller's
	 * first school; none for an administrator on a page of no school.
	 */
	@ModelAttribute("navSchool")
	String navSchool(jakarta.servlet.http.HttpServletRequest request) {
		Object variables = request.getAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof java.util.Map<?, ?> map && map.get("schoolId") instanceof String schoolId) {
			return schoolId;
		}
		return currentUser.schoolIds().stream().sorted().findFirst().orElse(null);
	}

	@ExceptionHandler(ForbiddenException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(ForbiddenException refused, Model model) {
		return problem(model, "Not for you", refused.getMessage());
	}

	@ExceptionHandler(NoSuchElementException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NoSuchElementException missing, Model model) {
		return problem(model, "Not found", missing.getMessage());
	}

	private String problem(Model model, String title, String message) {
		model.addAttribute("brand", brand());
		model.addAttribute("userName", userName());
		model.addAttribute("problemTitle", title);
		model.addAttribute("problem", message);
		return "pages/problem";
	}
}
