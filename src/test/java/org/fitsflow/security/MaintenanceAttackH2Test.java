package org.fitsflow.security;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class MaintenanceAttackH2Test extends MaintenanceAttackScenario {
}
