package org.fitsflow.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a free port, wired into every test context as
 * spring.mail.port. Tests may stop and start it to play a mail server that is down.
 */
public class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;
	private static int port;

	public static synchronized GreenMail server() {
		if (server == null) {
			port = FreePort.find();
			server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
		return server;
	}

	public static synchronized int port() {
		server();
		return port;
	}

	/** Stops the SMTP server: mail sent now fails, as it would with the school's server down. */
	public static synchronized void down() {
		server().stop();
	}

	/** Starts it again on the same port. */
	public static synchronized void up() {
		server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		server();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail",
				Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", port)));
	}
}
