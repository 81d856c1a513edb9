package org.fitsflow.system.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request to Camunda's engine API, through {@code /engine-rest} or the webapps' {@code /camunda/api/engine}, as the
 * engine's REST resources will read it: the path as segments after the engine's name (matrix parameters dropped,
 * escapes decoded, empty segments gone, lower case), and a body that can be read here and again downstream.
 */
final class EngineRequest extends HttpServletRequestWrapper {

	private final List<String> ids;
	private final List<String> segments;
	private byte[] body;

	private EngineRequest(HttpServletRequest request, List<String> ids) {
		super(request);
		this.ids = ids;
		this.segments = ids.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
	}

	/** The request as an engine API call, or null when the path is not one. */
	static EngineRequest of(HttpServletRequest request, String webappPath) {
		List<String> path = segments(request.getRequestURI().substring(request.getContextPath().length()));
		List<String> lower = path.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
		List<String> webapp = segments(webappPath + "/api/engine");
		int from;
		if (!lower.isEmpty() && lower.get(0).equals("engine-rest")) {
			from = lower.size() >= 3 && lower.get(1).equals("engine") ? 3 : 1;
		}
		else if (lower.size() > webapp.size() + 1 && lower.subList(0, webapp.size()).equals(webapp)
				&& lower.get(webapp.size()).equals("engine")) {
			from = webapp.size() + 2;
		}
		else {
			return null;
		}
		return new EngineRequest(request, List.copyOf(path.subList(from, path.size())));
	}

	/** Path segments as the REST layer matches them: matrix parameters dropped, escapes decoded, no empty ones. */
	static List<String> segments(String path) {
		List<String> segments = new ArrayList<>();
		for (String raw : path.split("/")) {
			int matrix = raw.indexOf(';');
			String segment = matrix < 0 ? raw : raw.substring(0, matrix);
			try {
				segment = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException badEscape) {
				// left as it is: the REST layer will not match it either
			}
			if (!segment.isEmpty()) {
				segments.add(segment);
			}
		}
		return segments;
	}

	/** The path after the engine, lower case: [task, 42, complete]. */
	List<String> segments() {
		return segments;
	}

	String segment(int index) {
		return index < segments.size() ? segments.get(index) : "";
	}

	/** A segment as written, for ids. */
	String id(int index) {
		return index < ids.size() ? ids.get(index) : "";
	}

	boolean isGet() {
		return "GET".equalsIgnoreCase(getMethod()) || "HEAD".equalsIgnoreCase(getMethod())
				|| "OPTIONS".equalsIgnoreCase(getMethod());
	}

	byte[] body() throws IOException {
		if (body == null) {
			body = super.getInputStream().readAllBytes();
		}
		return body;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		ByteArrayInputStream in = new ByteArrayInputStream(body());
		return new ServletInputStream() {
			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] b, int off, int len) {
				return in.read(b, off, len);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException();
			}
		};
	}

	@Override
	public java.io.BufferedReader getReader() throws IOException {
		return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
	}
}
