package org.fitsflow.school;

import java.time.Clock;

import org.fitsflow.system.EngineClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every part of FITS Flow reads: the engine's time, in the school's time zone (fits.school-time.zone). */
@Configuration
class SchoolTimeConfiguration {

	@Bean
	Clock clock(SchoolTimeProperties schoolTime) {
		return new EngineClock(schoolTime.zone());
	}
}
