package com.gradverify.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the flags this sandbox needs (no network but
 * localhost) and a fresh profile per browser. Closing it fails the test if the console showed a
 * Content-Security-Policy violation on any page it visited: the policy allows no inline script or
 * style, and a template that slipped one in would silently lose it.
 */
final class Browser implements AutoCloseable {

	private static final Path SCREENSHOTS = Path.of("docs/screenshots");

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path profile;

	private Browser(ChromeDriver driver, String baseUrl, Path profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	static Browser desktop(int port) {
		return open(port, 1280, 1000, null);
	}

	/** A 1366×768 laptop screen, the commonest PC size among students. */
	static Browser laptop(int port) {
		return window(port, 1366, 768);
	}

	/** A PC window of the given size, such as a 1366×768 laptop. */
	static Browser window(int port, int width, int height) {
		return open(port, width, height, null);
	}

	/** A phone-sized window with WeChat's in-app browser user agent. */
	static Browser wechatPhone(int port) {
		return open(port, 375, 667, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN");
	}

	private static Browser open(int port, int width, int height, String userAgent) {
		try {
			System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
			Path profile = Files.createTempDirectory("gradverify-chrome");
			var options = new ChromeOptions();
			options.setBinary("/usr/bin/chromium");
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--lang=zh-CN", "--user-data-dir=" + profile,
					"--window-size=" + width + "," + height);
			if (userAgent != null) {
				options.addArguments("--user-agent=" + userAgent);
			}
			var logging = new LoggingPreferences();
			logging.enable(LogType.BROWSER, Level.ALL);
			options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
			var driver = new ChromeDriver(options);
			driver.manage().window().setSize(new Dimension(width, height));
			return new Browser(driver, "http://localhost:" + port, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Browser go(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	WebElement find(By by) {
		return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
	}

	Browser type(By by, String text) {
		WebElement field = find(by);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	Browser click(By by) {
		waitUntil(ExpectedConditions.elementToBeClickable(by)).click();
		return this;
	}

	String text(By by) {
		return find(by).getText();
	}

	String currentPath() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	<T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
	}

	/** Renders the page as for printing (Chrome's emulated print media), or as for the screen again with {@code null}. */
	void emulateMedia(String media) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", media == null ? "" : media));
	}

	WebDriver driver() {
		return driver;
	}

	/** Saves the page as docs/screenshots/{name}.png, full height. */
	void screenshot(String name) {
		try {
			long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
			Dimension size = driver.manage().window().getSize();
			driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 140, 6000)));
			Files.createDirectories(SCREENSHOTS);
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
			driver.manage().window().setSize(size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The console's Content-Security-Policy violations since the last call. */
	List<String> contentSecurityPolicyViolations() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy"))
			.toList();
	}

	@Override
	public void close() {
		List<String> violations = contentSecurityPolicyViolations();
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ignored) {
			// a temp folder left behind is harmless
		}
		if (!violations.isEmpty()) {
			throw new AssertionError("Content-Security-Policy violations in the browser console: " + violations);
		}
	}
}
