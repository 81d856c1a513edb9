package org.fitsflow.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FinancialPeriodTest {

	@Test
	void aprilToMarch_byDefault() {
		assertThat(FinancialPeriod.containing(LocalDate.of(2027, 3, 31), 4).label()).isEqualTo("2026-27");
		assertThat(FinancialPeriod.containing(LocalDate.of(2027, 4, 1), 4).label()).isEqualTo("2027-28");
		FinancialPeriod period = FinancialPeriod.parse("2026-27", 4);
		assertThat(period.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(period.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(period.next().label()).isEqualTo("2027-28");
		assertThat(FinancialPeriod.parse("1999-00", 4).lastDay()).isEqualTo(LocalDate.of(2000, 3, 31));
	}

	@Test
	void calendarYear_whenPeriodsStartInJanuary() {
		assertThat(FinancialPeriod.containing(LocalDate.of(2026, 12, 31), 1).label()).isEqualTo("2026");
		assertThat(FinancialPeriod.parse("2026", 1).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void labelsThatNameNoPeriod_areRefused() {
		assertThatThrownBy(() -> FinancialPeriod.parse("2026-28", 4)).hasMessageContaining("2026-27");
		assertThatThrownBy(() -> FinancialPeriod.parse("2026", 4)).hasMessageContaining("2026-27");
		assertThatThrownBy(() -> FinancialPeriod.parse("last year", 4)).hasMessageContaining("period");
		assertThatThrownBy(() -> new FinancialPeriod(2026, 13)).hasMessageContaining("start month");
	}
}
