package org.fitsflow.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A person logged in to the Camunda webapps as a browser is, calling the engine API Tasklist calls
 * ({@code /camunda/api/engine/engine/default/...}) with the session cookie and the CSRF token, without a browser.
 */
public final class WebappSession {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String base;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient client;
	/** The CSRF token of the current session, as the webapps hand it out on a GET. */
	private String csrf;

	private WebappSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
	}

	/** Logs in to Tasklist; fails unless the login is accepted. */
	public static WebappSession logIn(int port, String userId, String password) {
		WebappSession session = new WebappSession(port);
		Api.Response login = session.logInAs(userId, password);
		if (login.status() != 200) {
			throw new IllegalStateException("Tasklist login as " + userId + " refused: " + login);
		}
		// The login starts a new session, which has a token of its own.
		session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/api/admin/auth/user/default")).GET());
		return session;
	}

	/** A session that has not logged in yet (for the login page's own answers). */
	public static WebappSession anonymous(int port) {
		return new WebappSession(port);
	}

	public Api.Response logInAs(String userId, String password) {
		send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET());
		String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		return send(withCsrf(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** The raw answer to the login form, with its headers (Set-Cookie), sent with extra request headers. */
	public HttpResponse<String> logInRaw(String userId, String password, String... headers) {
		send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET());
		String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpRequest.Builder request = withCsrf(HttpRequest.newBuilder(
				URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrf = token);
			return response;
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A call to the engine API as Tasklist makes it: {@code path} after /camunda/api/engine/engine/default. */
	public Api.Response engine(String method, String path, Object body) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default" + path))
				.header("Accept", "application/json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
			return send(withCsrf(request));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** The token of the last school page this session opened (its forms carry it). */
	private String pageToken;

	/** Opens one of the school's pages ({@code /pages/...}) as a browser does, without following a redirect. */
	public Api.Response page(String path) {
		Api.Response page = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page.text());
		if (token.find()) {
			pageToken = token.group(1);
		}
		return page;
	}

	/** A file a school page offers for download (CSV, spreadsheet), as bytes with its status and headers. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Posts a school page's form with the given fields and the token of the last page opened (unless one is given). */
	public Api.Response submit(String path, java.util.Map<String, String> fields) {
		java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
		if (pageToken != null) {
			all.put("_csrf", pageToken);
		}
		all.putAll(fields);
		StringBuilder form = new StringBuilder();
		all.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString())));
	}

	/**
	 * Posts a school page's form with a file, as a browser sends {@code enctype="multipart/form-data"}: the fields (the
	 * token of the last page opened first, unless {@code withToken} is false) and the file under {@code fileField}.
	 */
	public Api.Response upload(String path, String fileField, String fileName, byte[] file, boolean withToken) {
		java.util.Map<String, String> fields = withToken && pageToken != null ? java.util.Map.of("_csrf", pageToken)
				: java.util.Map.of();
		String boundary = "----fits" + java.util.UUID.randomUUID();
		byte[] body = Api.multipart(boundary, fields, java.util.Map.of(fileField, java.util.Map.entry(fileName, file)))
			.toByteArray();
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
		if (csrf != null) {
			request.header("X-XSRF-TOKEN", csrf);
		}
		return request;
	}

	private Api.Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrf = token);
			return new Api.Response(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
