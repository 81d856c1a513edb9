package org.fitsflow.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls the running service over HTTP as one user, the way a client or Camunda Modeler would. */
public final class Api {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private final String base;
	private final String authorization;
	private final java.util.Map<String, String> headers;

	private Api(int port, String authorization) {
		this("http://localhost:" + port, authorization, java.util.Map.of());
	}

	private Api(String base, String authorization, java.util.Map<String, String> headers) {
		this.base = base;
		this.authorization = authorization;
		this.headers = headers;
	}

	/** The same caller, sending one more header with every request (X-Forwarded-For: another client address). */
	public Api withHeader(String name, String value) {
		java.util.Map<String, String> more = new java.util.HashMap<>(headers);
		more.put(name, value);
		return new Api(base, authorization, more);
	}

	public static Api as(int port, String userId, String password) {
		return new Api(port, "Basic " + Base64.getEncoder()
			.encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	/** A demo-school user (password "demo"), or the test administrator "admin". */
	public static Api as(int port, String userId) {
		return as(port, userId, "admin".equals(userId) ? "test-admin-password" : "demo");
	}

	public static Api anonymous(int port) {
		return new Api(port, null);
	}

	public Response get(String path) {
		return send("GET", path, null);
	}

	public Response post(String path, Object body) {
		return send("POST", path, body);
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body);
	}

	public Response delete(String path) {
		return send("DELETE", path, null);
	}

	/**
	 * Deploys files through {@code /engine-rest/deployment/create} the way Camunda Modeler does: a multipart form with
	 * the deployment's name, source "Camunda Modeler", duplicate filtering, an optional tenant, and one part per file.
	 */
	public Response deployAsModeler(String deploymentName, String tenantId, Map<String, byte[]> files) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("deployment-name", deploymentName);
		fields.put("deployment-source", "Camunda Modeler");
		fields.put("enable-duplicate-filtering", "true");
		if (tenantId != null) {
			fields.put("tenant-id", tenantId);
		}
		Map<String, Map.Entry<String, byte[]>> parts = new LinkedHashMap<>();
		files.forEach((name, content) -> parts.put(name, Map.entry(name, content)));
		String boundary = "----fits" + UUID.randomUUID();
		ByteArrayOutputStream body = multipart(boundary, fields, parts);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		HttpResponse<byte[]> response = exchange(request);
		return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
	}

	/** POSTs a multipart form (an import): its fields, and one file per part name (file name, content). */
	public Response postForm(String path, Map<String, String> fields, Map<String, Map.Entry<String, byte[]>> files) {
		String boundary = "----fits" + UUID.randomUUID();
		HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, files).toByteArray())));
		return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
	}

	/** A multipart/form-data body: the fields, then each file as a part (part name → file name, content). */
	public static ByteArrayOutputStream multipart(String boundary, Map<String, String> fields,
			Map<String, Map.Entry<String, byte[]>> files) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n"));
		files.forEach((name, file) -> {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
					+ file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			body.writeBytes(file.getValue());
			write(body, "\r\n");
		});
		write(body, "--" + boundary + "--\r\n");
		return body;
	}

	/** PUTs a file (a spreadsheet to import, a diagram) as the body, with its media type. */
	public Response putFile(String path, byte[] file, String contentType) {
		HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "application/json")
			.header("Content-Type", contentType)
			.PUT(HttpRequest.BodyPublishers.ofByteArray(file)));
		return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
	}

	/** GETs a binary answer (a download). */
	public byte[] download(String path) {
		HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(URI.create(base + path)).GET());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
					+ new String(response.body(), StandardCharsets.UTF_8));
		}
		return response.body();
	}

	private HttpResponse<byte[]> exchange(HttpRequest.Builder request) {
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	public Response send(String method, String path, Object body) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.header("Accept", "application/json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			headers.forEach(request::setHeader); // a header given replaces the default (an Accept for HAL)
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Process variables as the engine's REST API takes them: {@code {"name": {"value": ...}}}. */
	public static java.util.Map<String, Object> variables(java.util.Map<String, Object> variables) {
		java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
		variables.forEach((name, value) -> {
			java.util.Map<String, Object> typed = new java.util.HashMap<>();
			typed.put("value", value);
			body.put(name, typed);
		});
		return java.util.Map.of("variables", body);
	}

	public record Response(int status, String text, java.util.Map<String, java.util.List<String>> headers) {

		public Response(int status, String text) {
			this(status, text, java.util.Map.of());
		}

		/** A response header's first value (names are case-insensitive), or null. */
		public String header(String name) {
			return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().isEmpty() ? null : e.getValue().get(0)).findFirst().orElse(null);
		}

		public JsonNode json() {
			try {
				return JSON.readTree(text);
			}
			catch (IOException e) {
				throw new IllegalStateException("Not JSON (" + status + "): " + text, e);
			}
		}

		@Override
		public String toString() {
			return status + " " + text;
		}
	}
}
