package org.fitsflow.security;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class ConfigurationAttackH2Test extends ConfigurationAttackScenario {
}
