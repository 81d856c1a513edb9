package org.fitsflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** FITS Flow: a school's ICT technical support run the FITS way, on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FitsFlowApplication {

	public static void main(String[] args) {
		SpringApplication.run(FitsFlowApplication.class, args);
	}

}
