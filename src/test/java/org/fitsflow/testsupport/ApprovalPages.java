package org.fitsflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ICT owner's approval links as a test meets them: read from the e-mail, opened and decided on this test's
 * server (the e-mail names the configured base URL), without a login, as the recipient's browser would.
 */
public final class ApprovalPages {

	/** A page the links open: its HTTP status, its {@code data-state} (DONE, WITHDRAWN...) and its HTML. */
	public record Page(int status, String state, String html) {
	}

	private static final Pattern LINK = Pattern
		.compile("href=\"([^\"]*/approvals\\?token=([^\"]+))\"[^>]*id=\"(approve|reject)-link\"");
	private static final Pattern STATE = Pattern.compile("data-state=\"([A-Z_]+)\"");

	private ApprovalPages() {
	}

	/** The e-mail's Approve and Reject links, by decision ("approve", "reject"). */
	public static Map<String, String> links(String html) {
		Map<String, String> links = new HashMap<>();
		Matcher m = LINK.matcher(html);
		while (m.find()) {
			links.put(m.group(3), m.group(1).replace("&amp;", "&"));
		}
		assertThat(links).containsKeys("approve", "reject");
		return links;
	}

	/** The confirmation page a link opens. */
	public static Page get(int port, String link) throws IOException, InterruptedException {
		URI local = URI.create("http://localhost:" + port + link.substring(link.indexOf("/approvals")));
		return page(HttpClient.newHttpClient().send(HttpRequest.newBuilder(local).GET().build(),
				HttpResponse.BodyHandlers.ofString()));
	}

	/** What the confirmation page's button sends: the link's token and a comment. */
	public static Page post(int port, String link, String comment) throws IOException, InterruptedException {
		String token = link.substring(link.indexOf("token=") + 6);
		String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&comment="
				+ URLEncoder.encode(comment, StandardCharsets.UTF_8);
		return page(HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/approvals"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));
	}

	private static Page page(HttpResponse<String> response) {
		Matcher state = STATE.matcher(response.body());
		return new Page(response.statusCode(), state.find() ? state.group(1) : null, response.body());
	}
}
