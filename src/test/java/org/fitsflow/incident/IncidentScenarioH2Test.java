package org.fitsflow.incident;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class IncidentScenarioH2Test extends IncidentScenario {
}
