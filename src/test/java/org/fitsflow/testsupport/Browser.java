package org.fitsflow.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Chromium driven through its chromedriver (Debian's packages: chromium, chromium-driver), for the
 * browser suite. Paths can be moved with FITS_CHROMIUM and FITS_CHROMEDRIVER. Nothing is downloaded.
 */
public final class Browser implements AutoCloseable {

	static final String CHROMIUM = System.getenv().getOrDefault("FITS_CHROMIUM", "/usr/bin/chromium");
	static final String CHROMEDRIVER = System.getenv().getOrDefault("FITS_CHROMEDRIVER", "/usr/bin/chromedriver");

	private final WebDriver driver;
	private final Path profile;
	private final String baseUrl;

	private Browser(String baseUrl) {
		try {
			this.profile = Files.createTempDirectory("fits-chromium");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		// Root in a sandbox-less container, and a closed network: no background calls home.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000", "--lang=en-GB", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.baseUrl = baseUrl;
	}

	/** Whether this machine has the browser (CI installs it; a laptop may not). */
	public static boolean available() {
		return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
	}

	public static Browser open(int port) {
		return new Browser("http://localhost:" + port);
	}

	public WebDriver driver() {
		return driver;
	}

	public WebDriverWait waiting() {
		return new WebDriverWait(driver, Duration.ofSeconds(30));
	}

	public void go(String path) {
		driver.get(baseUrl + path);
	}

	/** Logs in to Camunda Tasklist and waits until the task list is shown. */
	public void logInToTasklist(String userId, String password) {
		go("/camunda/app/tasklist/default/");
		WebElement user;
		try {
			user = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
		}
		catch (RuntimeException e) {
			screenshot("tasklist-login-failed");
			throw new IllegalStateException("No Tasklist login form at " + driver.getCurrentUrl() + ": "
					+ driver.getPageSource().substring(0, Math.min(2000, driver.getPageSource().length())), e);
		}
		WebElement secret = driver.findElement(By.cssSelector("input[ng-model=password]"));
		// The user name field's autofocus can land late (a busy machine) and pull the typing back into it: check what
		// each field holds before logging in, and type again if it went astray.
		for (int attempt = 1; attempt <= 3; attempt++) {
			user.clear();
			user.sendKeys(userId);
			secret.clear();
			secret.sendKeys(password);
			if (userId.equals(user.getDomProperty("value")) && password.equals(secret.getDomProperty("value"))) {
				break;
			}
		}
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		// Every function sees the shared "My tasks" filter once the list has loaded.
		try {
			waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "My tasks"));
		}
		catch (RuntimeException e) {
			screenshot("tasklist-after-login-failed-" + userId);
			throw e;
		}
	}

	/** Logs in on the school pages' own form (Tasklist's login), which then opens {@code path}. */
	public void logInToPages(String path, String userId, String password) {
		go(path);
		WebElement user = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
		user.clear();
		user.sendKeys(userId);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/pages/login")));
	}

	/**
	 * The page's serious and critical accessibility violations by axe-core's WCAG 2.0/2.1 A and AA rules, each as
	 * "rule: what it found"; empty when there are none. axe-core comes from its webjar on the test classpath.
	 */
	public List<String> seriousAccessibilityViolations() {
		String axe;
		try (var in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe-core is not on the test classpath");
			}
			axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(axe);
		Object found = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
				+ ".then(function (r) { done(r.violations.filter(function (v) {"
				+ "  return v.impact === 'serious' || v.impact === 'critical'; })"
				+ ".map(function (v) { return v.id + ': ' + v.help + ' ' + v.nodes.map(function (n) {"
				+ "  return n.html; }).join(' | '); })); })"
				+ ".catch(function (e) { done(['axe failed: ' + e]); });");
		return ((List<?>) found).stream().map(String::valueOf).toList();
	}

	/** Narrows the window to a phone's width (375 CSS pixels) and says whether the page still fits it without sideways scrolling. */
	public boolean fitsAPhone() {
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
		Object fits = ((JavascriptExecutor) driver).executeScript(
				"return document.documentElement.scrollWidth <= window.innerWidth;");
		return Boolean.TRUE.equals(fits);
	}

	/** Opens Tasklist's "Start process" dialogue and picks the process by its name; its start form is then shown. */
	public void startProcess(String processName) {
		clickWhenReady(By.xpath("//a[contains(normalize-space(.), 'Start process')]"));
		clickWhenReady(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='" + processName + "']"));
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".modal .fjs-form")));
	}

	/** Opens Tasklist's "Start process" dialogue and reads the names it lists: the processes this user may start. */
	public List<String> startableProcessNames() {
		clickWhenReady(By.xpath("//a[contains(normalize-space(.), 'Start process')]"));
		By names = By.xpath("//div[contains(@class,'modal')]//li/a");
		waiting().until(ExpectedConditions.presenceOfElementLocated(names));
		// The dialog fades in: until it is shown, the names are there but read as empty text (seen under load).
		waiting().until(ExpectedConditions.visibilityOfAllElementsLocatedBy(names));
		return driver.findElements(names).stream().map(e -> e.getText().trim()).toList();
	}

	/** Opens a task from the current filter's list by its name. */
	public void openTask(String taskName) {
		clickWhenReady(By.xpath("//*[contains(@class,'tasks-list')]//*[normalize-space(.)='" + taskName + "']"));
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
	}

	/** Opens a task by its id (Tasklist's own link to a task), waiting for its form. */
	public void openTaskById(String taskId) {
		go("/camunda/app/tasklist/default/#/?task=" + taskId);
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
	}

	/** Chooses a filter on the left by its name (the link also holds the focused filter's task count). */
	public void chooseFilter(String filterName) {
		clickWhenReady(By.xpath("//*[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[starts-with(normalize-space(.), '"
				+ filterName + "')]"));
	}

	/** Types into the Camunda Form field whose label starts with {@code label}. */
	public void type(String label, String text) {
		WebElement field = field(label);
		field.clear();
		field.sendKeys(text);
	}

	/** Picks an option of a form's select field or radio group, both found by label. */
	public void choose(String label, String option) {
		WebElement field = field(label);
		WebElement group = field.findElement(By.xpath("./ancestor::*[contains(@class,'fjs-form-field')][1]"));
		if (!group.findElements(By.cssSelector("input[type=radio]")).isEmpty()) {
			for (WebElement radio : group.findElements(By.cssSelector("input[type=radio]"))) {
				WebElement optionLabel = radio.findElement(
						By.xpath("./ancestor::label[1] | //label[@for='" + radio.getAttribute("id") + "']"));
				if (optionLabel.getText().trim().equals(option)) {
					optionLabel.click();
					return;
				}
			}
			throw new IllegalStateException("No option '" + option + "' in " + group.getAttribute("outerHTML"));
		}
		group.findElement(By.cssSelector(".fjs-input-group")).click();
		waiting().until(ExpectedConditions.elementToBeClickable(group.findElement(
				By.xpath(".//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + option + "']"))))
			.click();
	}

	/** Clicks a button by its text (Start, Claim, Complete). */
	public void press(String buttonText) {
		clickWhenReady(By.xpath("//button[normalize-space(.)='" + buttonText + "']"));
	}

	/**
	 * Waits until the page shows this text somewhere. A form post replaces the document while the wait reads the old
	 * one's body, which Chromium reports as a stale node or "does not belong to the document": both just mean "look
	 * again"; the wait still fails at its time limit.
	 */
	public void waitForText(String text) {
		waiting().ignoring(WebDriverException.class)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
	}

	private WebElement field(String label) {
		WebElement labelElement = waiting().until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//label[starts-with(normalize-space(.), \"" + label + "\")]")));
		String id = labelElement.getAttribute("for");
		if (id != null && !id.isEmpty()) {
			return driver.findElement(By.id(id));
		}
		return labelElement.findElement(By.xpath("./following::*[self::input or self::textarea][1]"));
	}

	private void clickWhenReady(By by) {
		WebElement element = waiting().until(ExpectedConditions.elementToBeClickable(by));
		try {
			element.click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException covered) {
			// A Tasklist notification or the footer lies over the button: bring it into view and click it there.
			((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
					"arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
		}
	}

	/** A screenshot under target/browser, for a person to look at when a browser test fails. */
	public Path screenshot(String name) {
		try {
			Path dir = Path.of("target", "browser");
			Files.createDirectories(dir);
			Path file = dir.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			catch (IOException ignored) {
				// a temporary profile left behind is harmless
			}
		}
	}
}
