package org.fitsflow.maintenance;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class MaintenanceH2Test extends MaintenanceScenario {
}
