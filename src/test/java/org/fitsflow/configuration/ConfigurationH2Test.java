package org.fitsflow.configuration;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class ConfigurationH2Test extends ConfigurationScenario {
}
