package org.fitsflow.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrendChartTest {

	private final TrendChart chart = new TrendChart("chart-x", "Incidents <by> month",
			List.of("Sept", "Oct", "Nov"), List.of(new TrendChart.Series("Logged", List.of(3, 5, 2)),
					new TrendChart.Series("Average & hours", Arrays.asList(null, new BigDecimal("2.25"), 7))));

	@Test
	void svg_namesItself_summarisesItsValues_escapesText_andBreaksTheLineWhereAMonthHasNoValue() {
		String svg = chart.svg();
		assertThat(svg).startsWith("<svg").endsWith("</svg>")
			.contains("role=\"img\"", "aria-labelledby=\"chart-x-title chart-x-desc\"",
					"<title id=\"chart-x-title\">Incidents &lt;by&gt; month</title>",
					"<desc id=\"chart-x-desc\">Logged: Sept 3, Oct 5, Nov 2. Average &amp; hours: Sept none, Oct 2.3, Nov 7.</desc>",
					"stroke-dasharray=\"6 4\"")
			.doesNotContain("<script", "Incidents <by>");
		// The second line starts at October (no value in September): one move, one line segment.
		assertThat(svg).containsPattern("<path d=\"M[0-9.]+ [0-9.]+ L[0-9.]+ [0-9.]+\" fill=\"none\" stroke=\"#a4001d\"");
		// The axis goes to 10 for a largest value of 7, in quarters.
		assertThat(svg).contains(">10</text>", ">5</text>", ">2.5</text>");
	}

	@Test
	void niceTop_andShownValues() {
		assertThat(TrendChart.niceTop(0)).isEqualTo(4);
		assertThat(TrendChart.niceTop(3)).isEqualTo(4);
		assertThat(TrendChart.niceTop(17)).isEqualTo(20);
		assertThat(TrendChart.niceTop(41)).isEqualTo(50);
		assertThat(TrendChart.niceTop(100)).isEqualTo(100);
		assertThat(TrendChart.shown(null)).isEqualTo("none");
		assertThat(TrendChart.shown(12)).isEqualTo("12");
		assertThat(TrendChart.shown(new BigDecimal("4.04"))).isEqualTo("4");
		assertThat(TrendChart.shown(2.25)).isEqualTo("2.3");
	}
}
