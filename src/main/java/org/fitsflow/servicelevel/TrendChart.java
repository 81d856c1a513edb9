package org.fitsflow.servicelevel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A trend over the months of the report's year as a line chart drawn on the server in SVG (the pages carry no
 * scripts). Each line has its own colour, dash and marker, so it is told apart without colour; the chart names itself
 * and summarises its values for screen readers, and the page shows the same values as a table beside it.
 *
 * @param id a page-unique id (for the chart's title and description)
 * @param months the months' short names, in order
 * @param series the lines; a null value is a month without one (no line drawn through it)
 */
public record TrendChart(String id, String title, List<String> months, List<Series> series) {

	/** One line: its name and a value per month. */
	public record Series(String name, List<Number> values) {
	}

	private static final int WIDTH = 560;
	private static final int HEIGHT = 280;
	private static final int LEFT = 48;
	private static final int RIGHT = 16;
	private static final int TOP = 40;
	private static final int BOTTOM = 36;
	/** Colours with at least 3:1 against white (WCAG 1.4.11), dashes and markers for telling lines apart without colour. */
	private static final String[] COLOURS = {"#0b5c7a", "#a4001d", "#1b6b34", "#5b3a8c"};
	private static final String[] DASHES = {"", "6 4", "2 3", "10 3 2 3"};

	/** What a screen reader says for the chart: each line's values by month. */
	public String summary() {
		StringBuilder text = new StringBuilder();
		for (Series s : series) {
			text.append(s.name()).append(": ");
			for (int i = 0; i < months.size(); i++) {
				text.append(i == 0 ? "" : ", ").append(months.get(i)).append(' ').append(shown(s.values().get(i)));
			}
			text.append(". ");
		}
		return text.toString().trim();
	}

	/** The chart as inline SVG markup (every text escaped). */
	public String svg() {
		double max = 0;
		for (Series s : series) {
			for (Number v : s.values()) {
				if (v != null) {
					max = Math.max(max, v.doubleValue());
				}
			}
		}
		double top = niceTop(max);
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double step = months.size() > 1 ? plotWidth / (months.size() - 1) : 0;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
			.append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
			.append("-desc\" focusable=\"false\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(summary())).append("</desc>");
		// Grid and the value axis: four steps from nought.
		for (int g = 0; g <= 4; g++) {
			double value = top * g / 4;
			double y = TOP + plotHeight - plotHeight * g / 4;
			svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(f(y))
				.append("\" y2=\"").append(f(y)).append("\" stroke=\"#c9d1d9\" stroke-width=\"1\"/>");
			svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
				.append("\" text-anchor=\"end\" font-size=\"14\" fill=\"#4a5560\">").append(shown(value)).append("</text>");
		}
		for (int i = 0; i < months.size(); i++) {
			svg.append("<text x=\"").append(f(x(i, step, plotWidth))).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
				.append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#4a5560\">").append(escape(months.get(i)))
				.append("</text>");
		}
		double lx = LEFT;
		for (int s = 0; s < series.size(); s++) {
			Series line = series.get(s);
			String colour = COLOURS[s % COLOURS.length];
			String dash = DASHES[s % DASHES.length];
			// A line through consecutive months with a value; a month without one breaks it.
			StringBuilder path = new StringBuilder();
			boolean drawing = false;
			for (int i = 0; i < months.size(); i++) {
				Number v = line.values().get(i);
				if (v == null) {
					drawing = false;
					continue;
				}
				path.append(drawing ? " L" : " M").append(f(x(i, step, plotWidth))).append(' ')
					.append(f(y(v.doubleValue(), top, plotHeight)));
				drawing = true;
			}
			if (!path.isEmpty()) {
				svg.append("<path d=\"").append(path.toString().trim()).append("\" fill=\"none\" stroke=\"").append(colour)
					.append("\" stroke-width=\"2.5\"").append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
					.append("/>");
			}
			for (int i = 0; i < months.size(); i++) {
				Number v = line.values().get(i);
				if (v != null) {
					svg.append(marker(s, x(i, step, plotWidth), y(v.doubleValue(), top, plotHeight), colour));
				}
			}
			// The legend above the plot, left to right, each name as wide as its letters.
			svg.append("<line x1=\"").append(f(lx)).append("\" x2=\"").append(f(lx + 24)).append("\" y1=\"14\" y2=\"14\" stroke=\"")
				.append(colour).append("\" stroke-width=\"2.5\"").append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
				.append("/>").append(marker(s, lx + 12, 14, colour));
			svg.append("<text x=\"").append(f(lx + 30)).append("\" y=\"19\" font-size=\"14\" fill=\"#1f2328\">")
				.append(escape(line.name())).append("</text>");
			lx += 30 + line.name().length() * 7.5 + 16;
		}
		return svg.append("</svg>").toString();
	}

	private double x(int i, double step, double plotWidth) {
		return months.size() > 1 ? LEFT + i * step : LEFT + plotWidth / 2;
	}

	private static double y(double value, double top, double plotHeight) {
		return TOP + plotHeight - plotHeight * value / top;
	}

	private static String marker(int s, double x, double y, String colour) {
		return switch (s % 4) {
			case 0 -> "<circle cx=\"" + f(x) + "\" cy=\"" + f(y) + "\" r=\"4\" fill=\"" + colour + "\"/>";
			case 1 -> "<rect x=\"" + f(x - 4) + "\" y=\"" + f(y - 4) + "\" width=\"8\" height=\"8\" fill=\"" + colour + "\"/>";
			case 2 -> "<path d=\"M" + f(x) + " " + f(y - 5) + " L" + f(x + 5) + " " + f(y + 4) + " L" + f(x - 5) + " "
					+ f(y + 4) + " Z\" fill=\"" + colour + "\"/>";
			default -> "<path d=\"M" + f(x) + " " + f(y - 5) + " L" + f(x + 5) + " " + f(y) + " L" + f(x) + " " + f(y + 5)
					+ " L" + f(x - 5) + " " + f(y) + " Z\" fill=\"" + colour + "\"/>";
		};
	}

	/** The axis top: 1, 2 or 5 times a power of ten at or above the largest value (4 when there is nothing). */
	static double niceTop(double max) {
		if (max <= 0) {
			return 4;
		}
		double power = Math.pow(10, Math.floor(Math.log10(max)));
		for (double m : new double[] {1, 2, 4, 5, 10}) {
			if (m * power >= max) {
				return m * power;
			}
		}
		return 10 * power;
	}

	/** A value as the chart and its table show it: whole numbers plain, others to one decimal, none as a dash. */
	public static String shown(Number value) {
		if (value == null) {
			return "none";
		}
		BigDecimal decimal = new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
		return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
	}

	private static String f(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** The charts of a monthly report: the FITS figures grouped as the service review reads them. */
	static List<TrendChart> of(ServiceReport report) {
		List<String> months = report.months().stream()
			.map(m -> m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK)
					+ (report.months().size() > 1 && m.getMonthValue() == 1 ? " " + m.getYear() : ""))
			.toList();
		List<TrendChart> charts = new ArrayList<>();
		charts.add(chart(report, months, "chart-incidents", "Incidents by month", ServiceReport.FigureKey.INCIDENTS_LOGGED,
				ServiceReport.FigureKey.INCIDENTS_RESOLVED, ServiceReport.FigureKey.INCIDENTS_OUTSTANDING,
				ServiceReport.FigureKey.INCIDENTS_REOPENED));
		charts.add(chart(report, months, "chart-problems", "Problems by month", ServiceReport.FigureKey.PROBLEMS_LOGGED,
				ServiceReport.FigureKey.PROBLEMS_RESOLVED, ServiceReport.FigureKey.PROBLEMS_OUTSTANDING));
		charts.add(chart(report, months, "chart-hours", "Average time to resolve (hours)",
				ServiceReport.FigureKey.INCIDENT_RESOLUTION_HOURS, ServiceReport.FigureKey.PROBLEM_RESOLUTION_HOURS));
		charts.add(chart(report, months, "chart-changes", "Changes and new installations by month",
				ServiceReport.FigureKey.CHANGES_CARRIED_OUT, ServiceReport.FigureKey.NEW_INSTALLATIONS));
		charts.add(chart(report, months, "chart-disk", "Server disk space (GB)", ServiceReport.FigureKey.DISK_USED_GB,
				ServiceReport.FigureKey.DISK_AVAILABLE_GB));
		return charts;
	}

	private static TrendChart chart(ServiceReport report, List<String> months, String id, String title,
			ServiceReport.FigureKey... keys) {
		List<Series> series = new ArrayList<>();
		for (ServiceReport.FigureKey key : keys) {
			series.add(new Series(shortName(key), report.figure(key).values()));
		}
		return new TrendChart(id, title, months, series);
	}

	/** The legend's names: the chart's title says what is counted. */
	private static String shortName(ServiceReport.FigureKey key) {
		return switch (key) {
			case INCIDENTS_LOGGED, PROBLEMS_LOGGED -> "Logged";
			case INCIDENTS_RESOLVED, PROBLEMS_RESOLVED -> "Resolved";
			case INCIDENTS_OUTSTANDING, PROBLEMS_OUTSTANDING -> "Outstanding";
			case INCIDENTS_REOPENED -> "Reopened";
			case INCIDENT_RESOLUTION_HOURS -> "Incidents";
			case PROBLEM_RESOLUTION_HOURS -> "Problems";
			case CHANGES_CARRIED_OUT -> "Changes carried out";
			case NEW_INSTALLATIONS -> "New installations";
			case DISK_USED_GB -> "Used";
			case DISK_AVAILABLE_GB -> "Available";
		};
	}
}
