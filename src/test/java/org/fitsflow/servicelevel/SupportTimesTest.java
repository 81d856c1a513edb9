package org.fitsflow.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Response and fix times as schools write them in their catalogue spreadsheet, and as it writes them back. */
class SupportTimesTest {

	@Test
	void timesWrittenInWordsOrAsIso_areRead() {
		assertThat(SupportTimes.parse("fixTime", "4 hours")).isEqualTo(Duration.ofHours(4));
		assertThat(SupportTimes.parse("fixTime", "1 hour 30 minutes")).isEqualTo(Duration.ofMinutes(90));
		assertThat(SupportTimes.parse("fixTime", "1.5 h")).isEqualTo(Duration.ofMinutes(90));
		assertThat(SupportTimes.parse("fixTime", "30 mins")).isEqualTo(Duration.ofMinutes(30));
		assertThat(SupportTimes.parse("fixTime", "PT2H")).isEqualTo(Duration.ofHours(2));
		assertThat(SupportTimes.parse("fixTime", "2")).as("a bare number is hours").isEqualTo(Duration.ofHours(2));
		assertThat(SupportTimes.parse("fixTime", " ")).isNull();
	}

	@Test
	void somethingElse_isRefusedNamingTheField() {
		assertThatThrownBy(() -> SupportTimes.parse("fixTime", "soon")).hasMessageStartingWith("fixTime: 'soon'");
		assertThatThrownBy(() -> SupportTimes.parse("fixTime", "2 hours or so")).hasMessageContaining("is not a time");
		assertThatThrownBy(() -> SupportTimes.parse("responseTime", "P1X")).hasMessageStartingWith("responseTime:");
	}

	@Test
	void timesAreWrittenAsPeopleSayThem() {
		assertThat(SupportTimes.words(Duration.ofMinutes(30))).isEqualTo("30 minutes");
		assertThat(SupportTimes.words(Duration.ofHours(1))).isEqualTo("1 hour");
		assertThat(SupportTimes.words(Duration.ofMinutes(150))).isEqualTo("2 hours 30 minutes");
		assertThat(SupportTimes.words(null)).isNull();
	}
}
